#!/usr/bin/env python3
"""Plays SprintGym episodes from text with a stand-in "model" and writes TRL-ready JSONL.

    python3 examples/text_episodes.py --type triage --episodes 4 --out runs/text/triage.jsonl
    python3 examples/text_episodes.py --url http://127.0.0.1:5000 ...   # an already running server

The stand-in model reads the "Allowed actions:" line of the prompt and answers with a short
reasoning and "Action: <name>", choosing with random.Random(SEED); every fifth answer is
deliberately unparseable to show how refused answers are recorded. Replace `stand_in_model`
with a call to your language model. Rows: {"prompt", "completion", "reward", ...}; load them with
datasets.load_dataset("json", data_files=OUT) for TRL's trainers.
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import sprintgym  # noqa: E402
from sprintgym.text import play_text_episode, write_jsonl  # noqa: E402


def stand_in_model(seed):
    rng = random.Random(seed)
    calls = [0]

    def model(prompt):
        calls[0] += 1
        if calls[0] % 5 == 0:
            return "Let me think about the weather instead."
        allowed = prompt.rsplit("Allowed actions:", 1)[1].split("\n", 1)[0].split()
        pick = rng.choice(allowed)
        return "Given what I know so far, the next step is %s.\nAction: %s" % (
            pick.replace("_", " "), pick)

    return model


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", help="a running `sprintgym serve env` (default: launch one)")
    p.add_argument("--type", default="triage")
    p.add_argument("--episodes", type=int, default=4)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default="text_episodes.jsonl")
    args = p.parse_args(argv)
    with sprintgym.launch(url=args.url) as server:
        client = sprintgym.Client(server.url)
        env = client.make(args.type, observation_mode="text")
        try:
            model = stand_in_model(args.seed)
            rows = []
            for k in range(args.episodes):
                rows += play_text_episode(env, model, seed=args.seed + k, episode=k)
        finally:
            env.close()
            client.close()
    write_jsonl(rows, args.out)
    valid = sum(1 for r in rows if r["valid"])
    print("%d episodes, %d rows (%d refused answers) -> %s" % (
        args.episodes, len(rows), len(rows) - valid, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
