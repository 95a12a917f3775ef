import PubstatModel

/// Placeholder until the extraction engine lands.
public enum ExtractionPlaceholder {}
