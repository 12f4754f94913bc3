package org.sprintgym.sim.backlog;

import java.util.List;
import java.util.Map;

/**
 * The text {@link BacklogGenerator} composes stories from, per product kind. Placeholders:
 * {@code {e}} an entity ("invoice"), {@code {es}} its plural ("invoices"). Each feature names
 * one of a handful of codebase areas per kind, so that knowledge concentrates as in a real code
 * base.
 */
final class GeneratorCatalog {
  private GeneratorCatalog() {}

  /** A story template. */
  record Feature(String area, String domain, String title, String want, List<String> criteria,
      List<String> tags) {}

  /** Everything needed to write one kind of product. */
  record Kind(List<String> names, String description, List<String> actors, List<String> entities,
      List<String> languages, List<Feature> features) {}

  static final List<String> LANGUAGES = List.of("python", "typescript", "go", "rust", "java", "cpp");

  static final Map<String, List<String>> TECH_STACK = Map.of(
      "python", List.of("pytest", "ruff", "docker"),
      "typescript", List.of("jest", "eslint", "docker"),
      "go", List.of("go test", "golangci-lint", "docker"),
      "rust", List.of("cargo", "clippy", "docker"),
      "java", List.of("maven", "junit", "docker"),
      "cpp", List.of("cmake", "ctest", "clang-tidy"));

  static Feature f(String area, String domain, String title, String want, String tags,
      String... criteria) {
    return new Feature(area, domain, title, want, List.of(criteria), List.of(tags.split(",")));
  }

  static Kind of(ProductKind kind) {
    return switch (kind) {
      case CRUD_API -> crudApi();
      case DATA_PIPELINE -> dataPipeline();
      case ML_SERVICE -> mlService();
      case FRONTEND_SPA -> frontendSpa();
      case CLI_TOOL -> cliTool();
      case LIBRARY -> library();
    };
  }

  private static Kind crudApi() {
    return new Kind(List.of("Ledgerly", "StockKeep", "ClinicDesk", "FleetBase"),
        "A REST API that manages {es} for small businesses.",
        List.of("API client developer", "account administrator", "support agent"),
        List.of("invoice", "customer", "order", "supplier", "shipment", "appointment"),
        List.of("python", "go", "java", "typescript"), List.of(
        f("api", "backend", "Create {es} through the API", "create {es} with validated fields",
            "api,crud", "POST /{es} returns 201 with the new id", "Missing required fields return 422",
            "Duplicate external ids return 409", "Created {e} appears in the audit log"),
        f("api", "backend", "Paginated listing of {es}", "list {es} page by page",
            "api,pagination", "GET /{es} returns at most 50 items per page",
            "Cursor-based next link in the response", "Sort by created date or name",
            "Empty result returns 200 with an empty list"),
        f("api", "backend", "Update and soft-delete {es}", "change or retire a {e} without losing history",
            "api,crud", "PATCH updates only the given fields", "DELETE marks the {e} inactive",
            "Inactive {es} are hidden from listings by default", "Optimistic locking with ETag"),
        f("auth", "backend", "API keys for {e} access", "call the {e} endpoints with a scoped API key",
            "security,auth", "Keys are shown once and stored hashed", "Read-only and read-write scopes",
            "Revoked keys fail within 60 seconds", "401 for a missing key, 403 for a wrong scope"),
        f("search", "backend", "Filter {es} by status and date", "find {es} by status and date range",
            "api,search", "Filter by one or more statuses", "Date range filter is inclusive",
            "Invalid dates return 400 with the field name"),
        f("storage", "database", "Schema migration for {es}", "keep {e} data when the schema changes",
            "database,migration", "Migration runs forward and backward", "No downtime for reads",
            "Existing rows are backfilled with defaults"),
        f("export", "backend", "CSV export of {es}", "download {es} as CSV",
            "export", "Export streams rows instead of loading all in memory",
            "Columns match the documented order", "Exports over 100k rows run as a background job"),
        f("ops", "devops", "Health and readiness probes", "see whether the service and its database are up",
            "monitoring,infrastructure", "GET /health returns 200 when the process runs",
            "GET /ready checks the database connection", "Probes respond within 100 ms"),
        f("ops", "devops", "Request rate limiting", "protect the {e} endpoints from bursts",
            "security,rate-limit", "100 requests per minute per key", "429 with Retry-After header",
            "Limits configurable per endpoint")));
  }

  private static Kind dataPipeline() {
    return new Kind(List.of("Tidewater", "Riverbed ETL", "MeterFlow", "Harvest"),
        "A batch and streaming pipeline that ingests {es} into the analytics warehouse.",
        List.of("data analyst", "data engineer", "on-call operator"),
        List.of("meter reading", "sales event", "sensor sample", "click event", "payment record"),
        List.of("python", "java", "go", "rust"), List.of(
        f("ingest", "data", "Ingest {es} from the upstream queue", "receive {es} from the upstream queue",
            "ingest,streaming", "Consumes at least 5,000 {es} per second", "Offsets committed after write",
            "Malformed {es} go to a dead-letter topic", "Lag is exposed as a metric"),
        f("ingest", "data", "Backfill historical {es}", "load a past date range of {es}",
            "ingest,batch", "Backfill accepts a start and end date", "Re-running a day is idempotent",
            "Progress is logged per day"),
        f("transform", "data", "Deduplicate {es}", "count each {e} once",
            "etl,quality", "Duplicates detected by natural key within 24 h",
            "Dropped duplicates are counted per run", "Late arrivals up to 2 h are merged"),
        f("transform", "data", "Currency and unit normalisation of {es}", "compare {es} in one unit",
            "etl", "All amounts converted to EUR with the daily rate", "Units normalised to SI",
            "Unknown units are rejected with the record id"),
        f("warehouse", "database", "Partitioned warehouse table for {es}", "query {es} by day quickly",
            "warehouse,schema", "Table partitioned by event date", "Queries for one day scan one partition",
            "Schema documented in the catalogue"),
        f("quality", "data", "Data quality checks on {es}", "trust the numbers in reports",
            "quality,batch", "Null rate per column below 1%", "Row counts compared with the source",
            "Failed checks block publication and alert the on-call"),
        f("ops", "devops", "Pipeline run monitoring", "see failed and slow runs",
            "monitoring,alerting", "Dashboard with run duration and status", "Alert after two failed runs",
            "Runbook linked from the alert"),
        f("ops", "devops", "Containerised pipeline deployment", "deploy the pipeline with one command",
            "deploy,docker", "Image built in CI on every merge", "Rollback to the previous image",
            "Secrets come from the vault, not the image")));
  }

  private static Kind mlService() {
    return new Kind(List.of("Sentinel Scoring", "Recommendo", "TriageML", "ForecastHub"),
        "A service that trains and serves a model predicting {e} outcomes.",
        List.of("data scientist", "product analyst", "API consumer"),
        List.of("churn", "fraud case", "demand", "support ticket", "loan application"),
        List.of("python", "python", "go", "rust", "cpp"), List.of(
        f("features", "data", "Feature extraction for {es}", "turn raw {e} records into features",
            "features,pipeline", "Features computed identically offline and online",
            "Missing values imputed with documented defaults", "Feature code has unit tests"),
        f("training", "ml", "Reproducible training run for {es}", "retrain the {e} model on demand",
            "training,ml", "Training is seeded and logs its data version", "Model artefact stored with metrics",
            "Run fails if validation AUC drops below 0.75"),
        f("training", "ml", "Hyper-parameter search for the {e} model", "find better settings for the {e} model",
            "training,ml", "Search space defined in a config file", "At most 50 trials per search",
            "Best trial promoted only after review"),
        f("serving", "ml", "Online inference endpoint for {es}", "score a {e} in real time",
            "inference,api", "POST /predict returns a score and model version", "p95 latency under 50 ms",
            "Invalid input returns 422 with the field name"),
        f("serving", "backend", "Batch scoring of {es}", "score all open {es} overnight",
            "inference,batch", "Scores written to the warehouse by 6 am", "Partial failures are retried",
            "Run summary posted to the team channel"),
        f("monitoring", "ml", "Drift monitoring for the {e} model", "notice when {e} data changes",
            "monitoring,ml", "Population stability index per feature daily", "Alert when PSI exceeds 0.2",
            "Drift report kept for 90 days"),
        f("registry", "devops", "Model registry and rollout", "roll out a new {e} model safely",
            "deploy,ml", "Models versioned in the registry", "Canary to 5% of traffic first",
            "One-command rollback to the previous model")));
  }

  private static Kind frontendSpa() {
    return new Kind(List.of("Planwise", "Roomly", "Taskboard", "PetPal"),
        "A single-page web app where people manage their {es}.",
        List.of("signed-in user", "team owner", "first-time visitor"),
        List.of("project", "booking", "recipe", "workout", "task"),
        List.of("typescript", "typescript", "typescript", "rust"), List.of(
        f("pages", "frontend", "{E} list page", "see all my {es} at a glance",
            "ui,page", "List shows name, status and last change", "Loads in under 2 s on 4G",
            "Empty state explains how to add the first {e}"),
        f("pages", "frontend", "{E} detail page", "open a {e} and see everything about it",
            "ui,page", "Deep link /{es}/:id works after reload", "Unknown id shows a not-found page",
            "Back button returns to the same scroll position"),
        f("forms", "frontend", "Create and edit {es} form", "add or change a {e} in a form",
            "ui,form", "Inline validation on blur", "Unsaved changes prompt before leaving",
            "Submit disabled while saving", "Server errors shown next to the field"),
        f("state", "frontend", "Offline drafts for {es}", "keep editing a {e} without a connection",
            "ui,offline", "Drafts stored in IndexedDB", "Sync on reconnect with conflict notice",
            "Offline banner visible while disconnected"),
        f("auth", "frontend", "Sign-in and session handling", "sign in and stay signed in",
            "auth,ui", "Sign-in with email link", "Session refreshes silently before expiry",
            "Sign-out clears cached data"),
        f("components", "frontend", "Accessible component library", "use the app with a keyboard and screen reader",
            "ui,accessibility", "All interactive elements reachable by Tab", "Contrast ratio at least 4.5:1",
            "Components covered by visual regression tests"),
        f("api", "backend", "Backend-for-frontend endpoints for {es}", "load a {e} page with one request",
            "api", "One endpoint per page", "Responses cached for 30 s", "Errors mapped to user-facing messages"),
        f("ops", "devops", "Preview deployments", "review every change on its own URL",
            "deploy,ci", "Each pull request gets a preview URL", "Preview removed when the PR closes",
            "Lighthouse score reported on the PR")));
  }

  private static Kind cliTool() {
    return new Kind(List.of("shipit", "logsift", "dotsync", "benchy"),
        "A command-line tool that helps developers work with {es}.",
        List.of("developer", "release engineer", "CI maintainer"),
        List.of("config file", "log file", "release", "benchmark", "snapshot"),
        List.of("go", "rust", "python", "cpp"), List.of(
        f("commands", "backend", "`list` command for {es}", "list {es} from the terminal",
            "cli", "Table output by default, --json on request", "Exit code 0 with no results",
            "Columns fit an 80-character terminal"),
        f("commands", "backend", "`apply` command for {es}", "apply a {e} with one command",
            "cli", "--dry-run prints the plan without changes", "Asks for confirmation unless --yes",
            "Exit code 2 on invalid input"),
        f("config", "backend", "Layered configuration", "set defaults once and override per project",
            "cli,config", "Reads ~/.config and ./.tool.toml in that order", "Environment variables override files",
            "Unknown keys produce a warning with the file and line"),
        f("output", "backend", "Progress and colour output", "see progress on long operations",
            "cli,ux", "Progress bar only on a terminal", "NO_COLOR disables colour",
            "Quiet flag prints errors only"),
        f("parsing", "backend", "Parser for {es}", "read {es} in all supported formats",
            "parser", "YAML, JSON and TOML accepted", "Errors report line and column",
            "Files over 100 MB are streamed"),
        f("release", "devops", "Release binaries for all platforms", "install the tool on any machine",
            "release,ci", "Linux, macOS and Windows builds per tag", "Checksums published with binaries",
            "Homebrew formula updated automatically"),
        f("release", "devops", "Shell completion scripts", "complete commands and flags in my shell",
            "cli,release", "bash, zsh and fish completions", "Completions list {e} names dynamically")));
  }

  private static Kind library() {
    return new Kind(List.of("fastjsonl", "retryable", "geokit", "timeseries-core"),
        "An open-source library for working with {es}.",
        List.of("library user", "maintainer", "contributor"),
        List.of("time series", "geometry", "retry policy", "JSON line", "date range"),
        List.of("rust", "python", "java", "cpp", "go", "typescript"), List.of(
        f("core", "backend", "Core {e} type", "represent a {e} with a small, safe type",
            "api", "Type is immutable", "Invalid values rejected at construction",
            "Equality and hashing documented"),
        f("core", "backend", "Streaming parser for {es}", "process {es} without loading them all",
            "parser,performance", "Constant memory for any input size", "Throughput above 200 MB/s",
            "Errors carry byte offsets"),
        f("api", "backend", "Builder API for {es}", "configure {es} fluently",
            "api", "Builder validates on build()", "Sensible defaults documented",
            "Builder is not shared between threads"),
        f("compat", "backend", "Semantic-version compatibility checks", "upgrade without surprises",
            "release,api", "Public API diff checked in CI", "Breaking changes need a major version",
            "Deprecations carry a removal version"),
        f("docs", "backend", "Examples and API documentation for {es}", "learn the library from examples",
            "docs", "Every public item documented", "Examples compile in CI", "Quick-start under 20 lines"),
        f("perf", "backend", "Benchmarks for {e} operations", "see the cost of each operation",
            "performance", "Benchmarks run in CI on every release", "Regression over 10% fails the build"),
        f("release", "devops", "Automated releases", "get releases on the package registry",
            "release,ci", "Tag triggers build, test and publish", "Changelog generated from commits",
            "Signed artefacts")));
  }
}
