import unittest

import numpy as np

from . import support
import sprintgym
from sprintgym import Client, ServerError


class ClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = Client(support.url())

    @classmethod
    def tearDownClass(cls):
        cls.client.close()

    def test_reset_and_step_return_numpy_and_the_mask(self):
        with self.client.make("triage") as env:
            obs, info = env.reset(seed=4)
            self.assertEqual(obs.dtype, np.float32)
            self.assertEqual(info["action_mask"].dtype, bool)
            self.assertEqual(info["type"], "triage")
            obs2, reward, terminated, truncated, info2 = env.step(env.allowed_actions()[0])
            self.assertEqual(obs2.shape, obs.shape)
            self.assertIsInstance(reward, float)
            self.assertIsInstance(terminated, bool)

    def test_a_client_used_as_a_context_manager_closes_its_connection(self):
        with Client(support.url()) as client:
            self.assertEqual(client.health()["status"], "ok")
            self.assertIsNotNone(client._conn)
        self.assertIsNone(client._conn)

    def test_refusals_raise_server_error_with_status_and_message(self):
        with self.client.make("triage") as env:
            with self.assertRaises(ServerError) as e:
                env.step(0)
            self.assertEqual(e.exception.status, 409)
            _, info = env.reset(seed=1)
            masked = int(np.flatnonzero(~info["action_mask"])[0])
            with self.assertRaises(ServerError) as e:
                env.step(masked)
            self.assertEqual(e.exception.status, 400)
            self.assertIn("masked out; legal actions: assess_severity", e.exception.message)
            with self.assertRaises(ServerError) as e:
                env.step("I would rather go home")
            self.assertIn("no action named", e.exception.message)
        with self.assertRaises(ValueError):
            self.client.make("triage", observation_mode="pixels")
        with self.assertRaises(ValueError):
            Client("ftp://example")

    def test_text_mode_returns_the_text_and_accepts_words(self):
        with self.client.make("elicitation", observation_mode="text") as env:
            obs, info = env.reset(seed=2)
            self.assertIsInstance(obs, str)
            self.assertIn("Allowed actions: " + " ".join(info["legal_actions"]), obs)
            self.assertIn("Episode type: elicitation", env.prompt()["prompt"])
            _, _, _, _, info = env.step("Action: Ask Edge-Cases")
            self.assertEqual(info["action"], "ask_edge_cases")
            self.assertNotIn("ask_edge_cases", info["legal_actions"])

    def test_the_package_knows_every_type_the_server_serves(self):
        with self.assertRaises(ServerError) as e:
            self.client.make("chess")
        served = e.exception.message.split("known types: ")[1].split(", ")
        expected = ["cartpole"] + list(sprintgym.EPISODE_TYPES) + [
            "stage1", "stage2", "stage3", "stage4", "all"]
        self.assertEqual(served, expected)
        self.assertEqual(sorted(sprintgym.ENV_IDS.values()), sorted(expected))

    def test_the_single_file_client_still_imports(self):
        import sprintgym_client
        self.assertIs(sprintgym_client.Client, Client)


if __name__ == "__main__":
    unittest.main()
