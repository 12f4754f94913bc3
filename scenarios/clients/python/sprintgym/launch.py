"""`launch()`: a local `sprintgym serve env` started from the checkout, or one to attach to."""
import os
import queue
import re
import subprocess
import tempfile
import threading

from .client import Client

__all__ = ["launch", "Server", "find_checkout", "LaunchError"]

_ANNOUNCE = re.compile(r"serving env on (http://\S+)")


class LaunchError(RuntimeError):
    """The server could not be started or reached; the message says why and what to do."""


class Server:
    """A server's url; `close()` stops it when launch() started it (a no-op when attached)."""

    def __init__(self, url, process=None, log=None):
        self.url = url
        self.process = process
        self._log = log

    def close(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # the server's shutdown hook stops it cleanly
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stdout is not None:
            self.process.stdout.close()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "Server(%r%s)" % (self.url, "" if self.process is None else ", launched")


def find_checkout(start=None):
    """The SprintGym checkout: $SPRINTGYM_HOME, else the nearest folder above `start` (default:
    this package) that holds the `sprintgym` launcher and a pom.xml."""
    home = os.environ.get("SPRINTGYM_HOME")
    if home:
        return home
    d = os.path.abspath(start or os.path.dirname(__file__))
    while True:
        if os.path.isfile(os.path.join(d, "sprintgym")) and os.path.isfile(
                os.path.join(d, "pom.xml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def launch(url=None, port=0, checkout=None, jar=None, threads=8, timeout=180.0):
    """Attaches to `url` (checking GET /health) or starts a server on 127.0.0.1:`port` (0: any
    free port) with the checkout's `./sprintgym serve env` (which builds the jar first when the
    sources changed), or with `java -jar JAR serve env` when `jar` is given. Returns a Server;
    use it as a context manager or call close()."""
    if url is not None:
        try:
            with Client(url, timeout=10) as client:
                client.health()
        except (OSError, ValueError) as e:
            raise LaunchError("no SprintGym env server answers at %s (%s); start one with"
                              " ./sprintgym serve env --port 5000" % (url, e)) from None
        return Server(url)
    args = ["serve", "env", "--port", str(int(port)), "--threads", str(int(threads))]
    if jar is not None:
        if not os.path.isfile(jar):
            raise LaunchError("no jar at %s; build it with mvn -B -DskipTests package" % jar)
        command = ["java", "-jar", jar] + args
    else:
        root = checkout or find_checkout()
        if root is None or not os.path.isfile(os.path.join(root, "sprintgym")):
            raise LaunchError("cannot find the SprintGym checkout (a folder with the sprintgym"
                              " launcher); pass checkout=, set SPRINTGYM_HOME, or pass url=")
        command = [os.path.join(root, "sprintgym")] + args
    return _start(command, timeout)


def _start(command, timeout):
    log = tempfile.TemporaryFile(mode="w+")
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True)
    except OSError as e:
        log.close()
        raise LaunchError("cannot run %s: %s" % (command[0], e)) from None
    lines = queue.Queue()

    def pump():  # keeps reading so the server never blocks on a full pipe
        try:
            for line in process.stdout:
                lines.put(line)
        except (OSError, ValueError):  # the pipe was closed by Server.close()
            pass
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    while True:
        try:
            line = lines.get(timeout=timeout)
        except queue.Empty:
            line = None
        m = _ANNOUNCE.search(line or "")
        if m:
            return Server(m.group(1), process, log)
        if line is None:
            process.kill()
            process.wait()
            process.stdout.close()
            log.seek(0)
            message = log.read().strip()[-2000:] or "no message"
            log.close()
            raise LaunchError("%s did not start a server: %s" % (" ".join(command), message))
