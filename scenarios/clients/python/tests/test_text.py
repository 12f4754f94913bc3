import importlib.util
import json
import os
import tempfile
import unittest

from . import support, CLIENT
from sprintgym import Client
from sprintgym.text import play_text_episode, write_jsonl


def load_example():
    path = os.path.join(CLIENT, "examples", "text_episodes.py")
    spec = importlib.util.spec_from_file_location("text_episodes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TextEpisodesTest(unittest.TestCase):
    def test_the_example_writes_rows_trl_reads(self):
        example = load_example()
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "rows.jsonl")
            self.assertEqual(example.main(["--url", support.url(), "--type", "triage",
                                           "--episodes", "3", "--seed", "4", "--out", out]), 0)
            with open(out, encoding="utf-8") as f:
                rows = [json.loads(line) for line in f]
            self.assertEqual(os.listdir(tmp), ["rows.jsonl"])  # no temp file left behind
        self.assertEqual({r["episode"] for r in rows}, {0, 1, 2})
        for r in rows:
            self.assertIsInstance(r["prompt"], str)
            self.assertIsInstance(r["completion"], str)
            self.assertIsInstance(r["reward"], float)
            self.assertIn("Episode type: triage", r["prompt"])
            self.assertIn("Allowed actions:", r["prompt"])
        refused = [r for r in rows if not r["valid"]]
        self.assertTrue(refused, "every fifth stand-in answer is unparseable")
        for r in refused:
            self.assertEqual(r["reward"], -0.1)
            self.assertIn("legal actions", r["error"])
        for k in range(3):
            valid = [r for r in rows if r["episode"] == k and r["valid"]]
            # the reward is paid on the last step: every valid turn carries the episode's return
            self.assertEqual(len({r["reward"] for r in valid}), 1)

    def test_a_model_that_never_names_an_action_is_stopped(self):
        client = Client(support.url())
        env = client.make("research", observation_mode="text")
        try:
            rows = play_text_episode(env, lambda prompt: "no idea", seed=1, max_invalid=3,
                                     invalid_reward=-0.5)
        finally:
            env.close()
            client.close()
        self.assertEqual([r["reward"] for r in rows], [-0.5] * 3)
        self.assertFalse(any(r["valid"] for r in rows))

    def test_write_jsonl_replaces_the_file_whole(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "sub", "x.jsonl")
            write_jsonl([{"prompt": "p", "completion": "c", "reward": 1.0}], path)
            write_jsonl([{"prompt": "q", "completion": "d", "reward": 0.0}], path)
            with open(path, encoding="utf-8") as f:
                self.assertEqual(f.read(), '{"prompt": "q", "completion": "d", "reward": 0.0}\n')
            with self.assertRaises(TypeError):
                write_jsonl([{"x": object()}], path)
            self.assertEqual(os.listdir(os.path.dirname(path)), ["x.jsonl"])

    @unittest.skipUnless(os.name == "posix", "POSIX permissions only")
    def test_write_jsonl_gives_the_permissions_of_a_plain_write(self):
        with tempfile.TemporaryDirectory() as tmp:
            plain = os.path.join(tmp, "plain")
            with open(plain, "w", encoding="utf-8") as f:
                f.write("x")
            expected = os.stat(plain).st_mode & 0o777
            path = os.path.join(tmp, "rows.jsonl")
            write_jsonl([{"prompt": "p", "completion": "c", "reward": 1.0}], path)
            self.assertEqual(os.stat(path).st_mode & 0o777, expected)
            os.chmod(path, 0o640)
            write_jsonl([], path)
            self.assertEqual(os.stat(path).st_mode & 0o777, 0o640)  # a replaced file keeps its


if __name__ == "__main__":
    unittest.main()
