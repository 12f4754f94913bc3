import os
import tempfile
import unittest

from . import support
import sprintgym
from sprintgym.launch import LaunchError, find_checkout


class LaunchTest(unittest.TestCase):
    def test_attaching_checks_the_server(self):
        server = sprintgym.launch(url=support.url())
        self.assertIsNone(server.process)
        server.close()  # attached: leaves the server running
        with sprintgym.Client(support.url()) as client:
            self.assertEqual(client.health()["status"], "ok")
        with self.assertRaises(LaunchError) as e:
            sprintgym.launch(url="http://127.0.0.1:9")
        self.assertIn("no SprintGym env server answers at http://127.0.0.1:9", str(e.exception))

    def test_a_missing_checkout_or_jar_is_a_clear_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaises(LaunchError) as e:
                sprintgym.launch(checkout=tmp)
            self.assertIn("cannot find the SprintGym checkout", str(e.exception))
            with self.assertRaises(LaunchError) as e:
                sprintgym.launch(jar=os.path.join(tmp, "none.jar"))
            self.assertIn("no jar at", str(e.exception))
            if "SPRINTGYM_HOME" not in os.environ:
                self.assertIsNone(find_checkout(tmp))
        self.assertEqual(find_checkout(), support.ROOT)

    def test_a_server_that_refuses_its_options_reports_why(self):
        with self.assertRaises(LaunchError) as e:
            sprintgym.launch(jar=support.JAR, port=70000)
        self.assertIn("--port", str(e.exception))

    def test_launch_starts_and_stops_a_server(self):
        with sprintgym.launch(jar=support.JAR, threads=1) as server:
            self.assertTrue(server.url.startswith("http://127.0.0.1:"))
            with sprintgym.Client(server.url) as client:
                self.assertEqual(client.health()["status"], "ok")
        self.assertIsNotNone(server.process.poll())


if __name__ == "__main__":
    unittest.main()
