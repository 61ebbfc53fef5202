"""The chat page in headless Debian chromium (Playwright, executable_path=/usr/bin/chromium; never a
downloaded browser): click-through and a screenshot in evals/results/web_chat.png."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cesrec.bench_serve import live_server
from cesrec.server import create_app

from .conftest import settings_for

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
SCREENSHOT = Path(__file__).resolve().parents[2] / "evals" / "results" / "web_chat.png"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian chromium not installed (run scripts/setup_browser.sh)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright (Python) not installed (run scripts/setup_browser.sh)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield b
        b.close()


def test_chat_page_click_through(browser, backend, state_dir):
    from playwright.sync_api import expect

    app = create_app(backend, settings_for(state_dir))
    with live_server(app) as url:
        # the page runs under its Content-Security-Policy (waits use locators, never page-side eval)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: "Content Security Policy" in m.text and errors.append(m.text))
        page.goto(url + "/")
        assert "scripted" in page.locator("#llm-badge").inner_text()

        page.fill("#user-id", "42")
        page.click("#start-btn")
        page.wait_for_selector("#session-badge:not(.muted)")
        page.wait_for_selector("#history li")
        assert page.locator("#history li").count() > 10

        page.fill("#input", "no more horror, something funny")
        page.press("#input", "Enter")
        page.wait_for_selector(".msg.assistant .cards .card", timeout=60_000)
        cards = page.locator(".msg.assistant .cards").nth(0).locator(".card")  # locators are lazy: pin group 1
        assert cards.count() == 5
        first = cards.first
        assert first.locator(".title").inner_text() and first.locator(".why").inner_text()
        assert first.locator(".genres .chip").count() >= 1
        assert page.locator(".tool-pill", has_text="update_preferences").count() >= 1
        # the state panel shows the feedback: preferences, pseudo items with provenance
        page.wait_for_selector("#prefs .chip.dislike")
        assert "Horror" in page.locator("#prefs").inner_text()
        page.wait_for_selector("#pseudo li .sub")
        assert "turn 1" in page.locator("#pseudo").inner_text()

        liked_title = first.locator(".title .name").inner_text()
        first.locator(".btn.like").click()
        page.locator(".msg.assistant .cards").nth(1).wait_for(timeout=60_000)
        assert "liked" in (first.get_attribute("class") or "")
        expect(page.locator("#turn-badge")).to_contain_text("turn 2")
        prefs = page.locator("#prefs").inner_text()
        assert liked_title in prefs  # the liked item shows up in the preferences panel

        second = page.locator(".msg.assistant .cards").nth(1).locator(".card").nth(1)
        second.locator(".btn.dislike").click()
        page.locator(".msg.assistant .cards").nth(2).wait_for(timeout=60_000)
        expect(page.locator("#turn-badge")).to_contain_text("turn 3")
        # disliked values no longer hide history items by default: ask for the outlier masking explicitly
        page.fill("#input", "please ignore the odd films in my history")
        page.press("#input", "Enter")
        page.wait_for_selector(".tool-pill:has-text('mask_outliers')", timeout=60_000)
        page.wait_for_selector("#masked li.masked", timeout=60_000)
        assert page.locator("#masked li.masked").count() >= 1  # masked items with their reasons
        assert page.locator("#masked li .sub").first.inner_text()

        page.mouse.move(0, 0)  # no hover state in the screenshot
        page.wait_for_timeout(200)
        page.locator("#messages .msg").last.scroll_into_view_if_needed()
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
        assert SCREENSHOT.stat().st_size > 20_000

        page.click("#reset-btn")
        expect(page.locator("#turn-badge")).to_contain_text("turn 0")
        assert page.locator("#pseudo li.muted").count() == 1
        assert errors == []
        page.close()


def test_chat_page_shows_api_errors(browser, backend, state_dir):
    app = create_app(backend, settings_for(state_dir))
    with live_server(app) as url:
        page = browser.new_page()
        page.goto(url + "/")
        # any id is a user (an unknown one is new); one past the API's 64 characters is refused
        page.eval_on_selector("#user-id", "e => e.removeAttribute('maxlength')")
        page.fill("#user-id", "x" * 70)
        page.click("#start-btn")
        page.wait_for_selector("#error-bar:not(.hidden)")
        assert "user_id" in page.locator("#error-bar").inner_text()
        assert page.locator("#input").is_disabled()
        page.close()


def test_chat_page_new_user(browser, backend, state_dir):
    from playwright.sync_api import expect

    app = create_app(backend, settings_for(state_dir))
    with live_server(app) as url:
        page = browser.new_page()
        page.goto(url + "/")
        page.fill("#user-id", "newcomer-1")
        page.click("#start-btn")
        # a locator wait, not wait_for_function: a string predicate is eval'd in the page, which the page's CSP
        # (script-src 'self') refuses whenever the text is not there on the first check
        expect(page.locator("#messages")).to_contain_text("new here", timeout=60_000)
        assert not page.locator("#input").is_disabled()
        page.close()


def test_chat_page_answers_a_question_about_a_value_in_doubt(browser, engine, state_dir):
    """A value the stance judge kept on neither side is asked about (agent.clarify); the page shows two buttons,
    and "Yes, more of that" saves it as liked."""
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_scripted import policy_chat_model, scripted_stance_judge
    from playwright.sync_api import expect

    from cesrec.backend import AgentBackend

    agent = RecommenderAgent(engine=engine, llm=policy_chat_model(), checkpointer="sqlite",
                             sessions_path=str(state_dir / "sessions.sqlite"),
                             stance_judge=scripted_stance_judge(unsure=("western",)))
    app = create_app(AgentBackend(agent, "scripted (test policy, no LLM)"), settings_for(state_dir))
    with live_server(app) as url:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url + "/")
        page.fill("#user-id", "42")
        page.click("#start-btn")
        page.wait_for_selector("#session-badge:not(.muted)")
        page.fill("#input", "I wouldn't rule out a western")
        page.press("#input", "Enter")
        yes = page.locator(".clarify button", has_text="Yes")
        yes.wait_for(timeout=60_000)
        expect(page.locator(".msg.assistant").last).to_contain_text("(yes / no)")
        yes.click()
        expect(page.locator(".msg.user").last).to_contain_text("yes")
        page.locator(".msg.assistant .cards").nth(1).wait_for(timeout=60_000)
        expect(page.locator("#prefs")).to_contain_text("Western")
        assert page.locator(".clarify button").count() == 0
        assert errors == []
        page.close()
