"""The files OCOP Desk reads at run time: translations (i18n/*.qm), label templates, the static site's
page and style, the window's style sheet. Installed as the package `ocop_desk_resources` (see
pyproject.toml) and read through importlib.resources (ocop_desk/core/paths.py), never by a path relative
to the source tree.
"""
