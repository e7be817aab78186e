"""The Qt-free application layer: session, clock driver, services, command table, wiring."""
