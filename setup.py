"""Packages only (metadata is in pyproject.toml): the repository keeps the design card's top-level folders
recmodel/ tools/ agent/ evals/, and the installed package puts them under `cesrec.` so an application that
embeds us and has its own `tools` or `agent` module cannot collide with ours."""

from setuptools import find_packages, setup

ROOMS = ("recmodel", "tools", "agent", "evals")

packages = find_packages(include=["cesrec", "cesrec.*"])
package_dir = {"cesrec": "cesrec"}
for room in ROOMS:
    packages += [f"cesrec.{p}" for p in find_packages(include=[room, f"{room}.*"])]
    package_dir[f"cesrec.{room}"] = room

setup(packages=packages, package_dir=package_dir)
