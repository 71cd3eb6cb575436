"""The window: Qt widgets only. Calls the services in ocop_desk/, never the ORM directly."""
