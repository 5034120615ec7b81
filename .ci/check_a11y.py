"""Walks Casewright's window over AT-SPI, as Orca reads it, and fails on what a screen-reader
user could not work with: a control with no name, a drop-down that says no value, a field
whose finding is shown under it but is not its description, a step without its heading.

Run by .ci/check-a11y, which starts the window on Xvfb with the AT-SPI bus switched on.
"""

import sys
import time

import pyatspi
from gi.repository import GLib

# The steps checked (the front sheet's author is blanked by .ci/check-a11y, so it has an
# error to find on its field).
STEPS = ["Front sheet and partners", "Finance"]
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_SEPARATOR,
    pyatspi.ROLE_SCROLL_BAR,
}
# The drop-downs whose value AT-SPI cannot carry from AccessKit yet (see check_step).
UNEXPRESSED = []


def window(deadline):
    """The program's frame, once AccessKit has published it."""
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None:
                continue
            for child in app:
                if child is not None and child.getRole() == pyatspi.ROLE_FRAME:
                    if "Casewright" in (child.name or ""):
                        return child
        time.sleep(0.5)
    return None


# What AT-SPI raises for a node the window removed while it was being read: an error from
# the bus, or (pyatspi asking a defunct node how many children it has, and hearing -1) a
# ValueError from len().
VANISHED = (GLib.GError, ValueError)


def walk(node, depth=0):
    """Every node under `node`, itself first. A node the window removed while it was being
    read (the step redrawn) is left out."""
    yield node
    if depth > 60:
        return
    try:
        children = list(node)
    except VANISHED:
        return
    for child in children:
        if child is not None:
            yield from walk(child, depth + 1)


def settled(read, attempts=5):
    """What `read` returns once it reads the tree without meeting a node the window removed
    meanwhile (AT-SPI reports those as errors); the window redraws as a step opens."""
    for attempt in range(attempts):
        try:
            return read()
        except VANISHED:
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)
    return None


def value_of(node):
    """What a screen reader says as a control's value: its text, else its numeric value."""
    try:
        text = node.queryText()
        return text.getText(0, -1)
    except NotImplementedError:
        pass
    try:
        return str(node.queryValue().currentValue)
    except NotImplementedError:
        return None


def errors_by_step(path):
    """The errors `casewright check` printed, by step: a step's title on a line of its own,
    then "  error: ..." lines."""
    errors = {}
    step = None
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.rstrip("\n")
            if line and not line.startswith(" "):
                step = line
            elif line.startswith("  error: ") and step is not None:
                errors.setdefault(step, []).append(line[len("  error: ") :])
    return errors


def describe(node):
    return f"{node.getRoleName()} {node.name!r}"


def wait_for_heading(frame, title, deadline):
    while time.time() < deadline:
        for node in walk(frame):
            if node.getRole() == pyatspi.ROLE_HEADING and node.name == title:
                return True
        time.sleep(0.3)
    return False


def check_step(frame, step, findings):
    """The violations on the step on screen."""
    problems = []
    nodes = list(walk(frame))
    if not any(n.getRole() == pyatspi.ROLE_HEADING and n.name == step for n in nodes):
        problems.append(f"{step}: no heading {step!r}")
    for node in nodes:
        states = node.getState()
        focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        role = node.getRole()
        if role in CONTROLS and focusable and not (node.name or "").strip():
            problems.append(f"{step}: unnamed {node.getRoleName()}")
        if role == pyatspi.ROLE_COMBO_BOX:
            value = value_of(node)
            if value is None:
                # AccessKit's AT-SPI adapter (accesskit_atspi_common 0.21) offers a node's
                # text value only through the Text interface of a text field, so a drop-down
                # has no way to say its value over AT-SPI yet; the window sets it (the app's
                # tests read it in the AccessKit tree). Counted, and checked once it can be.
                UNEXPRESSED.append(f"{step}: {node.name}")
            elif not value.strip():
                problems.append(f"{step}: drop-down {node.name!r} says no value")
    focusable_names = {}
    for node in nodes:
        if node.getState().contains(pyatspi.STATE_FOCUSABLE) and node.getRole() in CONTROLS:
            key = (node.getRole(), node.name)
            if node.getRole() in (pyatspi.ROLE_SEPARATOR, pyatspi.ROLE_SCROLL_BAR):
                if key in focusable_names:
                    problems.append(f"{step}: two focusable {describe(node)}")
                focusable_names[key] = node
    labels = [
        n
        for n in nodes
        if n.getRole() in (pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC) and n.name in findings
    ]
    for finding in findings:
        shown = any(n.name == finding for n in labels)
        described = [
            n
            for n in nodes
            if n.getState().contains(pyatspi.STATE_FOCUSABLE) and finding in (n.description or "")
        ]
        if not shown:
            problems.append(f"{step}: the finding {finding!r} is not shown")
        if not described:
            problems.append(f"{step}: no field has the finding {finding!r} as its description")
    return problems


def go_to(frame, step):
    """Clicks the navigator's button for `step` through its AT-SPI action."""
    for node in walk(frame):
        if node.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON) and node.name == step:
            node.queryAction().doAction(0)
            return True
    return False


def main():
    deadline = time.time() + 60
    frame = window(deadline)
    if frame is None:
        print("FAIL: no Casewright window appeared on the accessibility bus")
        return 1
    print(f"  window: {frame.name!r}")
    problems = []
    errors = errors_by_step(sys.argv[1])
    if not errors.get(STEPS[0]):
        print(f"FAIL: casewright check found no error on {STEPS[0]} to look for in the window")
        return 1
    for step in STEPS:
        findings = errors.get(step, [])
        here = settled(lambda: wait_for_heading(frame, step, time.time() + 3))
        if not here and not settled(lambda: go_to(frame, step)):
            problems.append(f"{step}: no navigator button to reach it")
            continue
        settled(lambda: wait_for_heading(frame, step, time.time() + 10))
        time.sleep(1)
        found = settled(lambda: check_step(frame, step, findings))
        count = settled(lambda: sum(1 for _ in walk(frame)))
        print(f"  {step}: {count} nodes, {len(findings)} errors to find, {len(found)} problems")
        problems += found
    if UNEXPRESSED:
        print(
            f"  NOTE: {len(UNEXPRESSED)} drop-downs cannot say their value over AT-SPI: "
            "AccessKit's adapter has no Text or string value for a combo box (upstream gap)"
        )
    if problems:
        print("FAIL: what a screen reader user meets in the window:")
        for problem in sorted(set(problems)):
            print(f"  {problem}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
