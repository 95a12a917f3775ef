// Projections produce the answers of the API contract; whoever folds or serves them reads them
// through this module.
@_exported import PubstatAPI
