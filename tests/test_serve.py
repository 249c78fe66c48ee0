"""Units of deploy/serve.py and the one nginx template that ``make serve`` and Docker share.

The rendered configurations are checked by nginx itself (``nginx -t``) where it is installed;
``tests/browser/test_front.py`` runs the whole front.
"""

from __future__ import annotations

import re
import string
import subprocess
from pathlib import Path

import pytest
import yaml

from deploy.serve import PLACEHOLDERS, ROOT, TEMPLATE, main_config, render, site_config, upstream_servers
from tests.browser.server import NGINX
from tests.system_packages import missing

COMPOSE = ROOT / "deploy" / "compose.yaml"


def _compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def _nginx_accepts(config: Path) -> None:
    if not NGINX.exists():
        missing("nginx", str(NGINX))
    done = subprocess.run(
        [str(NGINX), "-t", "-q", "-p", str(config.parent), "-c", str(config), "-e", "stderr"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr


def test_the_template_names_exactly_the_placeholders_the_script_fills() -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    named = {m.group("braced") for m in string.Template.pattern.finditer(text) if m.group("braced")}
    assert named == PLACEHOLDERS
    # A placeholder in a comment would be filled in too, and a value of several lines would
    # leave its second line outside the comment.
    assert not [line for line in text.splitlines() if line.lstrip().startswith("#") and "${" in line]


def test_render_fills_every_placeholder_and_keeps_nginx_variables() -> None:
    text = site_config("127.0.0.1:8080", ["127.0.0.1:9001", "127.0.0.1:9002"], "127.0.0.1:9000", Path("/cache"))
    assert "listen 127.0.0.1:8080;" in text
    assert "server 127.0.0.1:9001 max_fails=1 fail_timeout=5s;\n    server 127.0.0.1:9002" in text
    assert "proxy_cache_path /cache " in text
    assert "hash $vitd_route;" in text
    assert "$http_upgrade" in text
    assert "${" not in text


def test_render_refuses_a_missing_value() -> None:
    with pytest.raises(ValueError, match="VITD_CACHE_DIR"):
        render(TEMPLATE.read_text(encoding="utf-8"), {name: "x" for name in PLACEHOLDERS - {"VITD_CACHE_DIR"}})


def test_upstream_servers_is_one_line_per_replica() -> None:
    assert upstream_servers(["a:1", "b:2"]).splitlines() == [
        "server a:1 max_fails=1 fail_timeout=5s;",
        "    server b:2 max_fails=1 fail_timeout=5s;",
    ]


def test_front_has_no_per_address_rate_limit_and_no_frame_denial() -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    assert not re.search(r"^\s*(limit_req|limit_conn)", text, flags=re.M)
    assert "X-Frame-Options" not in text
    assert "frame-ancestors" in text


def test_make_serve_configuration_is_valid_nginx(tmp_path: Path) -> None:
    site = tmp_path / "vitd.conf"
    site.write_text(
        site_config("127.0.0.1:8080", ["127.0.0.1:9001", "127.0.0.1:9002"], "127.0.0.1:9000", tmp_path / "cache")
    )
    conf = tmp_path / "nginx.conf"
    conf.write_text(main_config(tmp_path, site))
    (tmp_path / "temp").mkdir()
    _nginx_accepts(conf)


def test_compose_uses_the_same_template_for_n_replicas() -> None:
    compose = _compose()
    front, app = compose["services"]["front"], compose["services"]["app"]
    mounts = [volume.split(":") for volume in front["volumes"]]
    assert [(COMPOSE.parent / source).resolve() for source, *_ in mounts] == [TEMPLATE]
    assert mounts[0][1] == "/etc/nginx/templates/default.conf.template"
    assert {k for k in front["environment"] if k.startswith("VITD_")} == PLACEHOLDERS
    assert front["environment"]["NGINX_ENVSUBST_FILTER"] == "^VITD_"
    assert app["deploy"]["replicas"] == "${REPLICAS:-2}"
    assert front["ports"] == ["${PORT:-8080}:8080"]
    assert front["depends_on"]["app"]["condition"] == "service_healthy"
    # The image built for the app is the project's Dockerfile; the secret is never written down.
    assert (COMPOSE.parent / app["build"]["context"] / "Dockerfile").resolve() == ROOT / "Dockerfile"
    assert app["environment"]["STREAMLIT_SERVER_COOKIE_SECRET"].startswith("${VITD_COOKIE_SECRET:?")


def test_compose_configuration_is_valid_nginx(tmp_path: Path) -> None:
    """The template filled in with compose's values, as the nginx image does it (only the replicas'
    host name, which resolves inside Docker only, stands in as 127.0.0.1)."""
    values = {k: v for k, v in _compose()["services"]["front"]["environment"].items() if k.startswith("VITD_")}
    values["VITD_UPSTREAM_SERVERS"] = values["VITD_UPSTREAM_SERVERS"].replace("app:", "127.0.0.1:")
    values["VITD_CACHE_DIR"] = str(tmp_path / "cache")
    values["VITD_LISTEN"] = "127.0.0.1:" + values["VITD_LISTEN"]
    site = tmp_path / "default.conf"
    site.write_text(render(TEMPLATE.read_text(encoding="utf-8"), values))
    conf = tmp_path / "nginx.conf"
    conf.write_text(main_config(tmp_path, site))
    (tmp_path / "temp").mkdir()
    _nginx_accepts(conf)
