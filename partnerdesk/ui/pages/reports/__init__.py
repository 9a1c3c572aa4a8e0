"""The parts of the Reports page: the list of reports, their parameters and options, the
PDF preview and printing."""
