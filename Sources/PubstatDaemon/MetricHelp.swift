import PubstatIngest

/// The `# HELP` text of each of pubstat's metrics, as `GET /metrics` prints it (README's
/// Metrics table says the same). A metric not named here is exposed without a `# HELP` line.
enum MetricHelp {
    static let texts: [String: String] = [
        "pubstat_bulletins_ingested_total": "New bulletins whose events are in the log.",
        "pubstat_bulletins_rejected_total": "Files moved to failed/, by rejection code, logged or not.",
        "pubstat_bulletins_duplicate_total": "Files whose content the log already held (moved out, nothing appended).",
        "pubstat_figures_total": "Figures extracted from newly ingested bulletins, by indicator (re-extraction not counted).",
        "pubstat_unclassified_mentions_total": "Numbers with a unit that no indicator took, in newly ingested bulletins.",
        IngestMetrics.latencyName:
            "Seconds from a file first seen in the inbox to settled (taken for reading), durable (appended and fdatasynced) and visible (published to queries), by stage.",
        "pubstat_rescans_total": "Full looks at the inbox, by reason: start, periodic, overflow.",
        "pubstat_log_bytes": "Bytes of the event log's segments.",
        "pubstat_log_head_sequence": "Sequence of the event log's last record.",
        "pubstat_published_sequence": "The last sequence the read model (what queries answer from) has folded.",
        "pubstat_projection_lag_events": "Head sequence minus published sequence: events durable but not yet visible.",
        "pubstat_inbox_backlog_files": "Files waiting in the inbox.",
        "pubstat_event_feed_followers": "Open GET /v1/events?follow=true connections.",
        "pubstat_http_requests_total": "Answered API requests, errors included, by route pattern, method and status.",
        "pubstat_http_request_duration_seconds": "Seconds from a request's head to its answer's head, by route pattern, method and status.",
    ]
}
