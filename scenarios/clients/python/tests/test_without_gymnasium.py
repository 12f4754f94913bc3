import json
import subprocess
import sys
import unittest

from . import support, CLIENT

SCRIPT = r"""
import json, sys
sys.modules["gymnasium"] = None  # importing it now fails, as on a machine without it
sys.path.insert(0, CLIENT)
import numpy as np
import sprintgym
from sprintgym import spaces
env = sprintgym.SprintGymEnv("triage", url=URL, render_mode="ansi")
obs, info = env.reset(seed=3)
out = {"gym": sprintgym.HAVE_GYMNASIUM, "registered": sprintgym.register_envs(),
       "box": isinstance(env.observation_space, spaces.Box),
       "discrete": isinstance(env.action_space, spaces.Discrete), "n": env.action_space.n,
       "contains": env.observation_space.contains(obs),
       "sample_ok": bool(env.action_masks()[env.action_space.sample(mask=env.action_masks())])}
step = env.step(int(np.flatnonzero(env.action_masks())[0]))
out["tuple"] = len(step)
out["text"] = "Allowed actions:" in env.render()
env.close()
venv = sprintgym.SprintGymVectorEnv("triage", num_envs=3, url=URL)
o, _ = venv.reset(seed=1)
o, r, te, tr, infos = venv.step(venv.action_masks().argmax(axis=1))
out["vector_shape"] = list(o.shape)
out["multidiscrete"] = venv.action_space.nvec
venv.close()
print(json.dumps(out))
"""


class WithoutGymnasiumTest(unittest.TestCase):
    def test_the_same_api_works_without_gymnasium(self):
        code = "CLIENT = %r\nURL = %r\n" % (CLIENT, support.url()) + SCRIPT
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.assertEqual(out, {"gym": False, "registered": [], "box": True, "discrete": True,
                               "n": 84, "contains": True, "sample_ok": True, "tuple": 5,
                               "text": True, "vector_shape": [3, out["vector_shape"][1]],
                               "multidiscrete": [84, 84, 84]})
        self.assertGreater(out["vector_shape"][1], 10)


if __name__ == "__main__":
    unittest.main()
