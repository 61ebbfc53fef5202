"""cesrec: CLI, HTTP server, MCP server and web page on top of agent/, tools/ and recmodel/."""

import os

# Same reason as in agent/__init__.py: llama.cpp's OpenMP threads must not spin on a shared CPU; libgomp
# reads this once, so it is set before any entry point imports torch.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
