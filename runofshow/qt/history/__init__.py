"""Run history window: runs of the open show, plan vs actual, chart, action log, exports."""
