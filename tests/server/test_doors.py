"""One tool table, one title resolver: the agent's LangChain tools and the MCP tools are derived from
tools.tool_specs, and every door resolves a title to the same film (or to none)."""

from __future__ import annotations

import asyncio
import json

import pytest
from cesrec.agent.feedback_llm import resolve_value
from cesrec.agent.toolset import AgentToolkit, resolve_item_ref
from cesrec.recmodel.data import DataError
from cesrec.tools.catalog import find_item, item_details
from cesrec.tools.lc_tools import ToolError
from cesrec.tools.titles import resolver_for
from cesrec.tools.tool_specs import TOOL_SPECS
from mcp.server.mcpserver.exceptions import ToolError as MCPToolError

from cesrec.mcp_server import MCP_TOOL_NAMES, build_mcp_server


def _mcp_tools(engine=None) -> dict:
    server = build_mcp_server(engine, store=None)  # listing and catalogue reads need no session store
    return {t.name: t for t in asyncio.run(server.list_tools())}


def _schema_view(schema: dict) -> dict:
    """What a caller sees of an input schema: properties (types, defaults, limits, descriptions), required
    fields and the shared definitions; the model's own title is a name, not a contract."""
    props = {k: v for k, v in schema.get("properties", {}).items() if k not in ("session_id", "state", "tool_call_id")}
    return {"properties": props, "required": sorted(r for r in schema.get("required", []) if r != "session_id"),
            "$defs": schema.get("$defs", {})}


def test_mcp_tools_are_the_registry():
    tools = _mcp_tools()
    assert set(tools) == MCP_TOOL_NAMES == set(TOOL_SPECS) | {"start_session", "get_session_state", "reset_session"}
    for name, spec in TOOL_SPECS.items():
        schema = tools[name].input_schema
        assert _schema_view(schema) == _schema_view(spec.args.model_json_schema()), name
        assert tools[name].description == spec.description
        # session_id: required where the tool works on a session, optional (default null) for catalogue reads
        assert ("session_id" in schema.get("required", [])) == (spec.session == "required"), name
        assert "session_id" in schema["properties"]


def test_agent_tools_are_the_registry():
    lc = {t.name: t for t in AgentToolkit(engine=None).tools()}  # schemas need no engine
    assert list(lc) == list(TOOL_SPECS)  # the registry's order is the prompt's order
    mcp = _mcp_tools()
    for name, spec in TOOL_SPECS.items():
        assert lc[name].description == spec.agent_description
        assert _schema_view(lc[name].tool_call_schema.model_json_schema()) == _schema_view(
            spec.llm_args.model_json_schema()), name
        if spec.llm_args is spec.args:  # one view: the two doors show the very same arguments
            assert _schema_view(lc[name].tool_call_schema.model_json_schema()) == _schema_view(mcp[name].input_schema)
        else:  # two views (tools.tool_specs says why): a field both show has the same type on both doors
            agent_props = _schema_view(spec.llm_args.model_json_schema())["properties"]
            mcp_props = _schema_view(mcp[name].input_schema)["properties"]
            for field in set(agent_props) & set(mcp_props):
                assert agent_props[field].get("type") == mcp_props[field].get("type"), (name, field)
                assert agent_props[field].get("enum") == mcp_props[field].get("enum"), (name, field)


# (what a user might type, the catalogue title it must resolve to; None = "not found" on every door)
TRICKY = [
    ("Fargo", "Fargo"),
    ("Godfather, The", "The Godfather"),  # the catalogue's article moved back
    ("the godfather", "The Godfather"),
    ("shawshank redemtion", "The Shawshank Redemption"),  # a typo
    ("Forest Gump", "Forrest Gump"),
    ("Heat (1995)", "Heat"),  # a year suffix is ignored
    ("star wars (1977)", "Star Wars"),
    ("the", None),  # partial words are not titles
    ("war", None),  # an everyday word is no film on its own ("The War" needs its article)
    ("shin", None),  # one typo in a short word makes another word, not "Shine"
    ("a movie", None),
    ("purple monkey dishwasher", None),
]


def _mcp_item(server, title: str) -> int | None:
    try:
        out = asyncio.run(server.call_tool("item_details", {"item": title}))
    except MCPToolError:
        return None
    if out.is_error:
        return None
    data = out.structured_content if out.structured_content is not None else json.loads(out.content[0].text)
    return data.get("result", data)["item"]["item"]


def _or_none(fn, *args) -> int | None:
    try:
        return fn(*args)
    except (DataError, ToolError):
        return None


@pytest.mark.parametrize(("typed", "expected"), TRICKY)
def test_every_door_resolves_a_title_alike(engine, typed, expected):
    cat = engine.catalog
    want = None if expected is None else next(i for i in range(1, cat.num_items + 1) if cat.titles[i] == expected)
    session = engine.new_session("1").model_copy(update={"last_recommendations": []})
    agent_value = [int(v) for k, v in resolve_value(cat, typed) if k == "item"]
    doors = {
        "resolver": resolver_for(cat).resolve(typed),
        "agent tool argument": _or_none(resolve_item_ref, cat, session, typed),
        "agent LLM value": agent_value[0] if agent_value else None,
        "tools find_item": _or_none(find_item, engine, typed),
        "tools item_details": _or_none(lambda t: item_details(engine, t).item, typed),
        "mcp item_details": _mcp_item(build_mcp_server(engine, store=None), typed),
    }
    assert doors == dict.fromkeys(doors, want), typed


def test_resolver_is_built_once_per_catalogue(engine):
    assert resolver_for(engine.catalog) is resolver_for(engine.catalog)
    with pytest.raises(DataError, match="no catalogue item matches the title 'the'"):
        resolver_for(engine.catalog).require("the")
