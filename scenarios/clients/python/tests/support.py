"""One env server for the whole test run, started from the built jar and stopped at exit."""
import atexit
import os

from . import CLIENT

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(CLIENT)))
JAR = os.environ.get("SPRINTGYM_JAR", os.path.join(ROOT, "scenarios", "target", "sprintgym.jar"))
_server = {}


def url():
    """The test server's url; a missing jar fails the tests with what to run (not a skip)."""
    if "s" not in _server:
        if not os.path.isfile(JAR):
            raise AssertionError("no jar at %s: build it first with mvn -B -DskipTests package"
                                 % JAR)
        import sprintgym
        _server["s"] = sprintgym.launch(jar=JAR, threads=4)
        atexit.register(_server["s"].close)
    return _server["s"].url
