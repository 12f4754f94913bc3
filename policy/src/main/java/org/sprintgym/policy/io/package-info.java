/**
 * Checkpoints on disk: base networks, LoRA adapters and trainer state in one binary archive
 * format, each written atomically and read back exactly.
 */
package org.sprintgym.policy.io;
