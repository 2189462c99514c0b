# The two set-up commands of the README. Each installs what it needs first.
.PHONY: deps demo test

deps:
	@scripts/install-deps

demo: deps
	swift run dossier demo

test: deps
	swift test
