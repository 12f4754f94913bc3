#!/usr/bin/env python3
"""Runs episodes on a `sprintgym serve env` server with a random policy over allowed actions.

    ./sprintgym serve env --port 5000 &
    python3 scenarios/clients/python/random_episodes.py --url http://127.0.0.1:5000 \
        --type elicitation --episodes 10 --seed 1

Episode k resets with seed SEED + k; actions come from random.Random(SEED + k), one draw per
step among the allowed actions, so a run is reproducible. With --jsonl each episode is printed as
one JSON line (seed, actions, rewards, observations, terminated, truncated) for comparison with a
Java run of the same seeds and actions.
"""
import argparse
import json
import random
import sys

from sprintgym_client import Client, HAVE_NUMPY


def run_episode(env, seed):
    rng = random.Random(seed)
    obs, info = env.reset(seed=seed)
    record = {"seed": seed, "actions": [], "rewards": [], "observations": [_floats(obs)],
              "type": info.get("type")}
    while True:
        action = rng.choice(env.allowed_actions())
        obs, reward, terminated, truncated, info = env.step(action)
        record["actions"].append(action)
        record["rewards"].append(reward)
        record["observations"].append(_floats(obs))
        if terminated or truncated:
            record["terminated"] = terminated
            record["truncated"] = truncated
            record["return"] = sum(record["rewards"])
            return record


def _floats(obs):
    return [float(x) for x in obs]


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default="http://127.0.0.1:5000")
    p.add_argument("--type", default="elicitation")
    p.add_argument("--episodes", type=int, default=10)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--jsonl", action="store_true", help="one JSON line per episode")
    args = p.parse_args(argv)
    client = Client(args.url)
    env = client.make(args.type)
    try:
        total = 0.0
        for k in range(args.episodes):
            rec = run_episode(env, args.seed + k)
            total += rec["return"]
            if args.jsonl:
                sys.stdout.write(json.dumps(rec) + "\n")
            else:
                print("episode %d seed %d %s: %d steps, return %.4f%s" % (
                    k, rec["seed"], rec["type"] or args.type, len(rec["actions"]), rec["return"],
                    " (truncated)" if rec["truncated"] else ""))
        if not args.jsonl:
            print("%d episodes, mean return %.4f (numpy %s)" % (
                args.episodes, total / max(1, args.episodes), "on" if HAVE_NUMPY else "off"))
    finally:
        env.close()
        client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
