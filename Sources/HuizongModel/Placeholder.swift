// filled in by the ingest work
public enum HuizongModelVersion { public static let schema = 1 }
