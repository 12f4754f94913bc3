package org.sprintgym.sweep;

import java.util.regex.Pattern;
import org.sprintgym.sim.io.InputError;

/**
 * An Apache Spark master URL as {@code --spark} accepts it: embedded Spark ({@code local},
 * {@code local[N]}, {@code local[*]}, {@code local[N,F]}) or a cluster ({@code spark://HOST:PORT},
 * several comma-separated for standby masters; {@code yarn} and {@code k8s://URL} when the Spark
 * modules for them are on the classpath, as under {@code spark-submit}).
 *
 * @param url the master URL, checked
 */
public record SparkMaster(String url) {
  /** What the option accepts, for error messages. */
  public static final String ALLOWED = "local, local[N], local[*], local[N,F] (N 1..1024 threads,"
      + " F 1..100 task attempts), spark://HOST:PORT[,HOST:PORT...], yarn, k8s://https://HOST:PORT";

  private static final String THREADS = "(\\*|[1-9][0-9]{0,3})";
  private static final Pattern LOCAL = Pattern.compile(
      "local(\\[" + THREADS + "(,([1-9][0-9]?|100))?\\])?");
  private static final String HOST_PORT = "[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?:([0-9]{1,5})";
  private static final Pattern STANDALONE = Pattern.compile(
      "spark://" + HOST_PORT + "(," + HOST_PORT + ")*");
  private static final Pattern K8S = Pattern.compile("k8s://(https?://)?" + HOST_PORT);

  public SparkMaster {
    if (url == null || url.isBlank()) {
      throw InputError.option("--spark", "no master given", ALLOWED);
    }
    if (!valid(url)) {
      throw InputError.option("--spark", "'" + url + "' is not a Spark master URL", ALLOWED);
    }
  }

  /** The checked master URL; an {@link InputError} naming {@code --spark} otherwise. */
  public static SparkMaster of(String url) {
    return new SparkMaster(url);
  }

  /** Whether Spark runs inside this JVM (executors are threads here, no jars to ship). */
  public boolean local() {
    return url.startsWith("local");
  }

  private static boolean valid(String url) {
    var local = LOCAL.matcher(url);
    if (local.matches()) {
      String threads = local.group(2);
      return threads == null || threads.equals("*") || Integer.parseInt(threads) <= 1024;
    }
    if (STANDALONE.matcher(url).matches() || K8S.matcher(url).matches()) {
      return ports(url);
    }
    return url.equals("yarn");
  }

  private static boolean ports(String url) {
    var m = Pattern.compile(":([0-9]{1,5})(?=,|$)").matcher(url);
    while (m.find()) {
      int port = Integer.parseInt(m.group(1));
      if (port < 1 || port > 65_535) {
        return false;
      }
    }
    return true;
  }
}
