# Builds pubstat's release binaries and installs them with the systemd units.
#
#   make                      # release build of pubstatd and pubstatctl (static Swift stdlib)
#   sudo make install         # binaries, units, sysusers/tmpfiles snippets, sample config
#   make install DESTDIR=/tmp/stage PREFIX=/usr   # staged install for packaging
#   make check-units          # systemd-analyze verify + security (what CI runs)
#
# See "Running under systemd" in README.md.

PREFIX      ?= /usr/local
DESTDIR     ?=
BINDIR      ?= $(PREFIX)/bin
SYSCONFDIR  ?= /etc
UNITDIR     ?= $(PREFIX)/lib/systemd/system
SYSUSERSDIR ?= $(PREFIX)/lib/sysusers.d
TMPFILESDIR ?= $(PREFIX)/lib/tmpfiles.d
DOCDIR      ?= $(PREFIX)/share/doc/pubstat

SWIFT       ?= swift
SCRATCH     ?= .build-release
SWIFTFLAGS  ?= -c release --static-swift-stdlib
# Strips symbols from the installed binaries (about 112 MB -> 70 MB); `make install STRIP=` keeps them.
STRIP       ?= -s
INSTALL     ?= install

RELEASE_DIR := $(SCRATCH)/release
BINARIES    := $(RELEASE_DIR)/pubstatd $(RELEASE_DIR)/pubstatctl

# Rewrites the paths baked into the units for this PREFIX/SYSCONFDIR.
UNIT_SED := -e 's|/usr/local/bin/|$(BINDIR)/|g' \
            -e 's|/usr/local/share/doc/pubstat|$(DOCDIR)|g' \
            -e 's|/etc/pubstat/|$(SYSCONFDIR)/pubstat/|g'

.PHONY: all build install uninstall check-units clean

all: build

build:
	$(SWIFT) build $(SWIFTFLAGS) --scratch-path $(SCRATCH) --product pubstatd
	$(SWIFT) build $(SWIFTFLAGS) --scratch-path $(SCRATCH) --product pubstatctl

# Built only when missing, so `make && sudo make install` does not rebuild as root.
$(BINARIES):
	$(MAKE) build

install: $(BINARIES)
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) \
		$(DESTDIR)$(TMPFILESDIR) $(DESTDIR)$(DOCDIR) $(DESTDIR)$(SYSCONFDIR)/pubstat
	$(INSTALL) -m 0755 $(STRIP) $(BINARIES) $(DESTDIR)$(BINDIR)/
	sed $(UNIT_SED) systemd/pubstatd.service > $(DESTDIR)$(UNITDIR)/pubstatd.service
	sed $(UNIT_SED) systemd/pubstatd.socket > $(DESTDIR)$(UNITDIR)/pubstatd.socket
	chmod 0644 $(DESTDIR)$(UNITDIR)/pubstatd.service $(DESTDIR)$(UNITDIR)/pubstatd.socket
	$(INSTALL) -m 0644 systemd/sysusers.d/pubstat.conf $(DESTDIR)$(SYSUSERSDIR)/pubstat.conf
	$(INSTALL) -m 0644 systemd/tmpfiles.d/pubstat.conf $(DESTDIR)$(TMPFILESDIR)/pubstat.conf
	$(INSTALL) -m 0644 README.md $(DESTDIR)$(DOCDIR)/README.md
	@# An existing configuration is the administrator's: never overwrite it.
	@if [ -e $(DESTDIR)$(SYSCONFDIR)/pubstat/pubstatd.conf ]; then \
		echo "keeping $(DESTDIR)$(SYSCONFDIR)/pubstat/pubstatd.conf; the sample is $(DESTDIR)$(DOCDIR)/pubstatd.conf"; \
	else \
		$(INSTALL) -m 0644 systemd/pubstatd.conf $(DESTDIR)$(SYSCONFDIR)/pubstat/pubstatd.conf; \
	fi
	$(INSTALL) -m 0644 systemd/pubstatd.conf $(DESTDIR)$(DOCDIR)/pubstatd.conf
	@# On a live system (no DESTDIR, systemd running): create the user and the drop folders,
	@# and make systemd see the new units. Enabling is left to the administrator.
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then \
		set -e; \
		systemd-sysusers $(SYSUSERSDIR)/pubstat.conf; \
		systemd-tmpfiles --create $(TMPFILESDIR)/pubstat.conf; \
		systemctl daemon-reload; \
		echo "installed; start with: systemctl enable --now pubstatd.socket pubstatd.service"; \
	fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pubstatd $(DESTDIR)$(BINDIR)/pubstatctl
	rm -f $(DESTDIR)$(UNITDIR)/pubstatd.service $(DESTDIR)$(UNITDIR)/pubstatd.socket
	rm -f $(DESTDIR)$(SYSUSERSDIR)/pubstat.conf $(DESTDIR)$(TMPFILESDIR)/pubstat.conf
	rm -rf $(DESTDIR)$(DOCDIR)
	@echo "kept $(SYSCONFDIR)/pubstat, /var/lib/pubstat, /srv/pubstat and the pubstat user"

check-units:
	scripts/check-units.sh

clean:
	rm -rf $(SCRATCH)
