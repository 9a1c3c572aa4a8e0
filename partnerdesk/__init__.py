"""PartnerDesk: the office of a town-twinning association."""

__version__ = "0.1.0"
APP_NAME = "PartnerDesk"
ORG_NAME = "PartnerDesk"
