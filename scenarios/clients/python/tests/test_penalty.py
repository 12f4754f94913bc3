import unittest

import numpy as np

from . import support
from sprintgym import Client, ServerError, SprintGymEnv
from sprintgym.text import play_text_episode


class InvalidActionPenaltyTest(unittest.TestCase):
    def test_an_invalid_action_in_words_is_a_penalised_no_op_step(self):
        env = SprintGymEnv("triage", url=support.url(), invalid_action_penalty=0.3)
        try:
            obs, info = env.reset(seed=2)
            obs2, reward, terminated, truncated, info2 = env.step("hmm, no idea")
            self.assertEqual(reward, -0.3)
            self.assertFalse(terminated)
            self.assertFalse(truncated)
            self.assertIn("no action named", info2["invalid_action"])
            self.assertEqual(info2["invalid_actions"], 1)
            np.testing.assert_array_equal(obs, obs2)
            np.testing.assert_array_equal(info["action_mask"], info2["action_mask"])
        finally:
            env.close()

    def test_without_a_penalty_the_server_refuses(self):
        env = SprintGymEnv("triage", url=support.url())
        try:
            env.reset(seed=2)
            with self.assertRaises(ServerError) as e:
                env.step("hmm, no idea")
            self.assertEqual(e.exception.status, 400)
        finally:
            env.close()

    def test_a_penalty_out_of_range_is_refused_naming_the_field_and_range(self):
        for bad in (-0.5, 1.5, "0.1"):
            with self.assertRaises(ServerError) as e:
                SprintGymEnv("triage", url=support.url(), invalid_action_penalty=bad)
            self.assertEqual(e.exception.status, 400)
            self.assertIn("invalid_action_penalty", e.exception.message)
            self.assertIn("from 0 to 1", e.exception.message)

    def test_text_episodes_record_penalised_answers_with_the_servers_reward(self):
        client = Client(support.url())
        env = client.make("research", observation_mode="text", invalid_action_penalty=0.2)
        try:
            rows = play_text_episode(env, lambda prompt: "no idea", seed=1, max_invalid=3)
        finally:
            env.close()
            client.close()
        self.assertEqual([r["reward"] for r in rows], [-0.2] * 3)
        self.assertFalse(any(r["valid"] for r in rows))
        self.assertIn("no action named", rows[0]["error"])


if __name__ == "__main__":
    unittest.main()
