"""Tests of the sprintgym package against a real server started from the built jar.

    mvn -B -DskipTests package            # builds scenarios/target/sprintgym.jar
    python3 -m unittest discover -s scenarios/clients/python/tests -t scenarios/clients/python

Without gymnasium installed, the small stand-in under tests/standin is put on the path before
sprintgym is imported, so the Gymnasium code path is tested either way.
"""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = os.path.dirname(_HERE)
STANDIN = os.path.join(_HERE, "standin")

try:
    import gymnasium  # noqa: F401
    REAL_GYMNASIUM = True
except ImportError:
    REAL_GYMNASIUM = False
    sys.path.insert(0, STANDIN)
if CLIENT not in sys.path:
    sys.path.insert(0, CLIENT)
