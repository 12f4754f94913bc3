/**
 * The HTTP/JSON servers: the env server in gym-http-api's shape with batch endpoints, and the
 * policy server over a trained run, with Prometheus metrics.
 */
package org.sprintgym.serve;
