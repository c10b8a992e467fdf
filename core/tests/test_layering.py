"""The ground floor holds: layers import downwards, and Wagtail is used through its public API.

`core` is the frame every app plugs into (hooks, registries, conventions such as
`<app>/demo.py` and `<app>/benchmark.py`); if it imported an app, the apps could no
longer be added or removed on their own. Demo content is for `load_demo_content`
and tests, never for the site's own code.
"""

import ast
from pathlib import Path

from django.apps import apps

BASE = Path(__file__).resolve().parents[2]
PROJECT_APPS = sorted(
    config.name for config in apps.get_app_configs() if Path(config.path).parent == BASE
)
PRIVATE_WAGTAIL = ("hooks._hooks", "._find_for_request", "._wagtail_site", "._get_raw_host(")
# Imports inside functions that remain (AppConfig.ready excepted): this may only go down.
MAX_FUNCTION_IMPORTS = 0


def _modules():
    """(dotted name, path, tree) of every project module outside tests and migrations."""
    for path in sorted(BASE.rglob("*.py")):
        parts = path.relative_to(BASE).parts
        if parts[0] not in PROJECT_APPS:
            continue
        if "tests" in parts or "migrations" in parts:
            continue
        name = ".".join(parts)[: -len(".py")].removesuffix(".__init__")
        yield name, path, ast.parse(path.read_text(), str(path))


def _imported(node, module_name):
    """Dotted names an import statement reaches (`from a import b` reaches a and a.b)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:  # relative: resolve against the importing module's package
        package = module_name.rsplit(".", node.level)[0]
        base = f"{package}.{node.module}" if node.module else package
    else:
        base = node.module or ""
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def _top_level_imports(tree, module_name):
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, _imported(node, module_name)


def test_core_imports_no_app():
    offenders = []
    for name, path, tree in _modules():
        if not name.startswith("core"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in _imported(node, name):
                    app = target.split(".")[0]
                    if app in PROJECT_APPS and app != "core":
                        offenders.append(f"{path.relative_to(BASE)}:{node.lineno} → {target}")
    assert offenders == []


def test_no_site_code_imports_demo_content():
    offenders = []
    for name, path, tree in _modules():
        if ".demo" in f".{name}":
            continue  # demo loaders may use each other (home first)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target in _imported(node, name):
                    parts = target.split(".")
                    if parts[0] in PROJECT_APPS and "demo" in parts[1:2]:
                        offenders.append(f"{path.relative_to(BASE)}:{node.lineno} → {target}")
    assert offenders == []


def test_no_import_cycle_between_project_modules():
    modules = {name: tree for name, _path, tree in _modules()}
    graph = {}
    for name, tree in modules.items():
        targets = set()
        for _node, reached in _top_level_imports(tree, name):
            for target in reached:
                # A package's own submodules import it freely (hub.models.news → hub.models).
                if target in modules and not name.startswith(f"{target}."):
                    targets.add(target)
        graph[name] = targets - {name}
    cycles = []
    state = {}

    def visit(node, stack):
        state[node] = "open"
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                cycles.append(" → ".join([*stack[stack.index(target) :], target]))
            elif target not in state:
                visit(target, [*stack, target])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_imports_stay_at_module_top():
    """An import inside a function usually hides a cycle; AppConfig.ready is the exception."""
    found = []
    for _name, path, tree in _modules():
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if function.name == "ready":
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    found.append(f"{path.relative_to(BASE)}:{node.lineno}")
    assert len(found) <= MAX_FUNCTION_IMPORTS, found


def test_wagtail_is_used_through_its_public_api():
    offenders = []
    for _name, path, _tree in _modules():
        text = path.read_text()
        offenders += [f"{path.relative_to(BASE)}: {p}" for p in PRIVATE_WAGTAIL if p in text]
    assert offenders == []


def test_templates_link_pages_without_a_site_query():
    """`{% pageurl %}` looks the site up again (one query per page); `{% page_url %}` does not."""
    offenders = [
        str(path.relative_to(BASE))
        for path in BASE.glob("*/templates/**/*.html")
        if ".venv" not in path.parts and "{% pageurl " in path.read_text()
    ]
    offenders += [
        str(path.relative_to(BASE))
        for path in (BASE / "templates").glob("**/*.html")
        if "{% pageurl " in path.read_text()
    ]
    assert offenders == []


def test_raw_full_text_sql_lives_in_one_module():
    """Wagtail's search tables are queried by hand in core.fulltext only (see its docstring)."""
    raw = ("wagtailsearch_indexentry", "plainto_tsquery", "numnode")
    offenders = [
        name
        for name, path, _tree in _modules()
        if name != "core.fulltext" and any(word in path.read_text() for word in raw)
    ]
    assert offenders == []
