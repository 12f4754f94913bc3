package org.sprintgym.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.jar.JarFile;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.sprintgym.sim.io.InputError;

/**
 * Runs sweep cells on Apache Spark, used as a library: one RDD element per (cell, seed), each
 * simulated by {@link CellRunner} exactly as the local executor does, the rows collected back to
 * the driver in order. {@link SweepRun} writes them, so results.csv, resumption and the summary do
 * not depend on the executor.
 *
 * <p>Embedded Spark ({@code local[N]}) runs the tasks on threads of this JVM. On a cluster the
 * workers load the scenario and the files it names from the same absolute paths as the driver (a
 * shared filesystem), and receive this application's jars from the driver unless
 * {@code spark-submit} already named them ({@code spark.jars}).
 */
public final class SparkExecutor implements SweepRun.Executor, AutoCloseable {
  private final SparkConf conf;
  private final SparkMaster master;
  private final Consumer<String> log;
  private JavaSparkContext context;

  private SparkExecutor(SparkConf conf, SparkMaster master, Consumer<String> log) {
    this.conf = conf;
    this.master = master;
    this.log = log;
  }

  /**
   * An executor for {@code master}. Spark starts at the first batch, so a re-run with every cell
   * done never pays for it; its start is reported to {@code log}. When Spark refuses the master,
   * that batch throws an {@link InputError} naming {@code --spark}.
   */
  public static SparkExecutor on(SparkMaster master, String appName, Consumer<String> log) {
    SparkConf conf = new SparkConf().setMaster(master.url()).setAppName(appName)
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false");
    if (master.local()) {
      // nothing leaves this machine: no need to resolve its network name
      conf.set("spark.driver.host", "localhost").set("spark.driver.bindAddress", "127.0.0.1");
    } else if (!conf.contains("spark.jars")) {
      conf.setJars(applicationJars().toArray(String[]::new));
    }
    return new SparkExecutor(conf, master, log);
  }

  private JavaSparkContext context() {
    if (context == null) {
      long t0 = System.nanoTime();
      try {
        context = new JavaSparkContext(conf);
      } catch (RuntimeException e) {
        throw InputError.option("--spark", "Spark cannot start on " + master.url() + ": "
            + firstLine(e), SparkMaster.ALLOWED);
      }
      log.accept(String.format(Locale.ROOT, "spark: master %s, parallelism %d, started in %.1f s",
          master.url(), context.defaultParallelism(), (System.nanoTime() - t0) / 1e9));
    }
    return context;
  }

  /** Whether Spark was started (some cell had to run). */
  public boolean started() {
    return context != null;
  }

  @Override
  public int batchCells() {
    return Math.max(16, 4 * context().defaultParallelism());
  }

  @Override
  public List<List<List<String>>> run(String scenario, List<Map<String, String>> cells,
      long[] seeds, IntConsumer cellDone) {
    var jobs = new ArrayList<CellSeed>();
    for (int c = 0; c < cells.size(); c++) {
      for (int s = 0; s < seeds.length; s++) {
        jobs.add(new CellSeed(scenario, new LinkedHashMap<>(cells.get(c)), seeds[s]));
      }
    }
    List<List<String>> rows = context().parallelize(jobs, jobs.size()).map(new Simulate()).collect();
    var out = new ArrayList<List<List<String>>>();
    for (int c = 0; c < cells.size(); c++) {
      out.add(List.copyOf(rows.subList(c * seeds.length, (c + 1) * seeds.length)));
    }
    cellDone.accept(cells.size());
    return out;
  }

  @Override
  public void close() {
    if (context != null) {
      context.close();
    }
  }

  /** One replication of one cell: what a Spark task carries. */
  record CellSeed(String scenario, LinkedHashMap<String, String> cell, long seed)
      implements Serializable {}

  /** The task: the same code the local executor runs, for one seed. */
  static final class Simulate implements Function<CellSeed, List<String>> {
    private static final long serialVersionUID = 1L;

    @Override
    public List<String> call(CellSeed job) {
      return new ArrayList<>(CellRunner.run(job.scenario(), job.cell(), new long[] {job.seed()})
          .get(0));
    }
  }

  /** Jars a sweep task never loads: Spark's own (every worker has them) and ND4J's natives. */
  static final List<String> NOT_SHIPPED = List.of("spark-", "scala-", "hadoop-", "nd4j-",
      "openblas-", "javacpp-");

  /**
   * The jars a cluster's executors need: the one holding this class and the entries of its
   * manifest Class-Path (target/lib/), less {@link #NOT_SHIPPED}: Spark's, Scala's and Hadoop's,
   * which every worker of a Spark 4.0.1 / Scala 2.13 cluster has, and ND4J with its native
   * libraries (~120 MB), which simulating a sweep cell never touches.
   */
  static List<String> applicationJars() {
    Path jar;
    try {
      jar = Path.of(SparkExecutor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException e) {
      throw new IllegalStateException("cannot locate the application jar", e);
    }
    if (!Files.isRegularFile(jar)) {
      throw InputError.option("--spark", "a cluster needs the built jar, but this runs from " + jar,
          "./sprintgym (scenarios/target/sprintgym.jar), or spark-submit with --jars");
    }
    var jars = new ArrayList<String>();
    jars.add(jar.toString());
    try (JarFile file = new JarFile(jar.toFile())) {
      var manifest = file.getManifest();
      String classPath = manifest == null ? null
          : manifest.getMainAttributes().getValue("Class-Path");
      if (classPath != null) {
        for (String entry : classPath.trim().split("\\s+")) {
          Path p = jar.resolveSibling(entry).normalize();
          String name = p.getFileName().toString();
          if (NOT_SHIPPED.stream().noneMatch(name::startsWith) && Files.isRegularFile(p)) {
            jars.add(p.toString());
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the manifest of " + jar, e);
    }
    return jars;
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
