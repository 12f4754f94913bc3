import os
import shutil
import subprocess
import sys
import tempfile
import unittest

from . import CLIENT

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None


def _has(module):
    return subprocess.run([sys.executable, "-c", "import " + module],
                          capture_output=True).returncode == 0


def _can_build_wheels():
    """setuptools builds wheels itself from 70.1 on; before that it needs the wheel package."""
    if not (_has("pip") and _has("setuptools")):
        return False
    probe = ("import setuptools; v = tuple(int(x) for x in setuptools.__version__.split('.')[:2]);"
             " import importlib.util as u; raise SystemExit(0 if v >= (70, 1)"
             " or u.find_spec('wheel') else 1)")
    return subprocess.run([sys.executable, "-c", probe], capture_output=True).returncode == 0


class PackageTest(unittest.TestCase):
    @unittest.skipIf(tomllib is None, "tomllib needs Python 3.11")
    def test_pyproject_declares_the_package_numpy_and_the_gymnasium_extra(self):
        with open(os.path.join(CLIENT, "pyproject.toml"), "rb") as f:
            meta = tomllib.load(f)
        self.assertEqual(meta["build-system"]["build-backend"], "setuptools.build_meta")
        self.assertEqual(meta["project"]["name"], "sprintgym")
        self.assertEqual(meta["project"]["dependencies"], ["numpy>=1.21"])
        self.assertEqual(meta["project"]["optional-dependencies"]["gymnasium"],
                         ["gymnasium>=0.29"])
        self.assertEqual(meta["tool"]["setuptools"]["packages"], ["sprintgym"])
        import sprintgym
        self.assertEqual(meta["project"]["version"], sprintgym.__version__)

    @unittest.skipUnless(_can_build_wheels(), "an offline pip install needs pip, setuptools and"
                         " (setuptools < 70.1) wheel; Debian: python3-pip python3-wheel")
    def test_pip_installs_the_package_offline(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "src")  # a copy: an in-tree build would leave build/ behind
            shutil.copytree(CLIENT, src, ignore=shutil.ignore_patterns("tests", "__pycache__"))
            target = os.path.join(tmp, "site")
            r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-index",
                                "--no-build-isolation", "--no-deps", "--quiet", "--target",
                                target, src], capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, r.stderr)
            r = subprocess.run([sys.executable, "-c", "import sprintgym, sprintgym_client;"
                                " print(sprintgym.__file__)"], capture_output=True, text=True,
                               cwd=tmp, env=dict(os.environ, PYTHONPATH=target))
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertTrue(r.stdout.strip().startswith(target), r.stdout)


if __name__ == "__main__":
    unittest.main()
