/**
 * The networks on ND4J: actor-critic MLPs over flat parameter blocks, LoRA adapters over a frozen
 * base, masked categorical distributions and fast host-side inference.
 */
package org.sprintgym.policy.nn;
