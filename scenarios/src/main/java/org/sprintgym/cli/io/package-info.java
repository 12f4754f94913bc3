/**
 * What every run writes besides its results: an all-or-nothing output folder and run.json's
 * provenance (versions, git revision, input hashes).
 */
package org.sprintgym.cli.io;
