"""What people see in a browser, offline: headless Chromium (Debian's chromium and chromedriver)
on a JupyterLab with nbgrader's extensions, served on 127.0.0.1 from a scratch course after the
exchange round trip of tests/round_trip.py.

The student opens the notebook they fetched, runs its imports cell and presses Validate (their
notebook holds the master's solutions: course code); the grader opens the formgrader's page of
the graded submission; the student opens the feedback file they fetched. Chromium resolves no
host but 127.0.0.1, so equations must render without MathJax's CDN. Screenshots are left in
the test's temporary folder.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from nbgrader.api import Gradebook

from tests.round_trip import ASSIGNMENT, STUDENT
from tests.round_trip import round_trip as make_round_trip

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
TOKEN = "browser-test-token"
pytestmark = pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                                reason="needs Debian's chromium and chromium-driver (.ci/setup installs them)")

# Text a person would read as LaTeX that was not rendered: a $...$ pair around a backslash
# command, a subscript or a superscript.
RAW_LATEX = re.compile(r"\$[^$\n]*(\\[a-zA-Z]+|[_^])[^$\n]*\$")
VERDICT = re.compile(r"test_forward: (\d+) of \1 hidden tests passed, 3 of 3 points")


@pytest.fixture(scope="module")
def trip(tmp_path_factory):
    return make_round_trip(tmp_path_factory)


@pytest.fixture(scope="module")
def lab(trip):
    """The base URL of a JupyterLab serving the round trip's folder, run as the instructor from
    the course directory (so that the formgrader finds the course)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (trip.tmp / "instructor").mkdir(exist_ok=True)
    log = open(trip.tmp / "jupyterlab.log", "w")
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "jupyter"), "lab", "--no-browser", "--ip=127.0.0.1",
         f"--port={port}", f"--IdentityProvider.token={TOKEN}", f"--ServerApp.root_dir={trip.tmp}",
         "--LabApp.news_url=None", "--allow-root"],
        cwd=trip.course.root, env=trip.instructor, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{url}/api/status?token={TOKEN}", server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _wait_for(url, server, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "JupyterLab exited: see jupyterlab.log in the test's folder"
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"JupyterLab did not answer within {seconds} s")


@pytest.fixture(scope="module")
def browser(trip):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={trip.tmp / 'chromium-profile'}",
                 # no network but this machine: a CDN cannot rescue an equation
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def visible_text(driver):
    return driver.execute_script("return document.body.innerText")


def shot(driver, trip, name):
    driver.save_screenshot(str(trip.tmp / f"{name}.png"))


def test_student_runs_a_cell_and_validates(trip, lab, browser):
    notebook = (trip.work / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").relative_to(trip.tmp).as_posix()
    browser.get(f"{lab}/lab/tree/{notebook}?token={TOKEN}")
    wait = WebDriverWait(browser, 60)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".jp-Notebook .jp-CodeCell")))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".jp-Notebook mjx-container")))
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".jp-Notebook-ExecutionIndicator[data-status='idle']"))
    imports = browser.find_elements(By.CSS_SELECTOR, ".jp-Notebook .jp-CodeCell")[0]
    assert "import numpy as np" in imports.text, f"the first code cell is not the imports cell: {imports.text!r}"
    imports.find_element(By.CSS_SELECTOR, ".jp-InputArea-prompt").click()
    browser.find_element(By.CSS_SELECTOR, "[data-command='notebook:run-cell-and-select-next']").click()
    wait.until(lambda d: "[1]:" in imports.find_element(By.CSS_SELECTOR, ".jp-InputArea-prompt").text)
    assert not RAW_LATEX.search(visible_text(browser)), "the notebook shows raw LaTeX"
    shot(browser, trip, "1-notebook")

    browser.find_element(By.CSS_SELECTOR, ".validate-button button, .validate-button").click()
    dialog = WebDriverWait(browser, 120).until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".jp-Dialog")))
    shot(browser, trip, "2-validate")
    assert "Success! Your notebook passes all the tests." in dialog.text, f"Validate said: {dialog.text}"


def test_formgrader_shows_the_graded_submission(trip, lab, browser):
    with Gradebook(trip.course.config()["CourseDirectory"]["db_url"]) as gradebook:
        submission_id = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, STUDENT).id
    browser.get(f"{lab}/formgrader/submissions/{submission_id}/?token={TOKEN}")
    WebDriverWait(browser, 60).until(EC.presence_of_element_located((By.CSS_SELECTOR, "math")))
    text = visible_text(browser)
    shot(browser, trip, "3-formgrader")
    assert VERDICT.search(text), "the formgrader page lacks the verdict of forward's hidden tests"
    assert not RAW_LATEX.search(text), f"the formgrader shows raw LaTeX: {RAW_LATEX.search(text).group()}"
    assert _rendered_equations(browser) > 50, "the formgrader's equations are not drawn"


def test_feedback_file_reads_offline(trip, browser):
    feedback = next((trip.work / ASSIGNMENT / "feedback").glob(f"*/{ASSIGNMENT}.html"))
    copy = trip.tmp / "feedback.html"  # a path without spaces and colons, as a student might save it
    shutil.copy(feedback, copy)
    browser.get(copy.as_uri())
    text = visible_text(browser)
    shot(browser, trip, "4-feedback")
    verdict = browser.find_element(By.XPATH, "//*[starts-with(normalize-space(text()), 'test_forward:')]")
    browser.execute_script("arguments[0].scrollIntoView()", verdict)
    shot(browser, trip, "5-feedback-verdict")
    assert VERDICT.search(text), "the feedback lacks the verdict of forward's hidden tests"
    assert "def test_" not in text, "the feedback shows hidden-test code"
    assert not RAW_LATEX.search(text), f"the feedback shows raw LaTeX: {RAW_LATEX.search(text).group()}"
    assert _rendered_equations(browser) > 50, "the feedback's equations are not drawn"


def _rendered_equations(driver):
    """How many MathML equations the browser laid out with a visible size."""
    return driver.execute_script(
        "return [...document.querySelectorAll('math')]"
        ".filter(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length")
