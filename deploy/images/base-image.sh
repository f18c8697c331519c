#!/usr/bin/env bash
# Builds the base image every Koers image starts from, without a registry or a Docker daemon:
#   deploy/target/images/koers-base.tar  (a "docker save" archive; Jib reads it as tar://...)
# One layer: glibc and libgcc from Debian packages (apt-get download; the .debs are kept in
# deploy/target/images/debs and reused), a Java runtime jlink'ed from $JAVA_HOME with only the modules
# the services use, /etc/passwd with the non-root user koers (10001), and /tmp. No shell, no package manager.
# Reproducible: same .debs and same JDK give the same bytes (sorted entries, epoch times, numeric owners).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?JAVA_HOME must point at a JDK (./koers images finds one)}"
out=deploy/target/images
work=$out/base
debs=$out/debs
packages=(libc6 libgcc-s1)
# What Spring Boot, Tomcat/Netty, Hibernate, Kafka clients, JFR and PDFBox need; jdeps cannot see reflection.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,\
jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.management,jdk.management.jfr,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

rm -rf "$work" && mkdir -p "$work/rootfs" "$debs"
for p in "${packages[@]}"; do
  if ! ls "$debs/${p}_"*.deb >/dev/null 2>&1; then
    (cd "$debs" && apt-get download "$p" >/dev/null)
  fi
  dpkg-deb -x "$(ls "$debs/${p}_"*.deb | head -n1)" "$work/rootfs"
done
root=$work/rootfs
rm -rf "$root/usr/share" "$root/usr/lib/x86_64-linux-gnu/gconv" "$root/usr/bin" "$root/usr/sbin" "$root/sbin" "$root/bin"
# Debian 12 keeps /lib and /lib64 as links into /usr (merged /usr): make sure the loader is found at its ELF path.
[ -e "$root/lib64" ] || ln -s usr/lib64 "$root/lib64"
[ -e "$root/lib" ] || ln -s usr/lib "$root/lib"

"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$root/opt/java"
mkdir -p "$root/etc" "$root/tmp" "$root/home/koers" "$root/proc" "$root/dev" "$root/sys"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nkoers:x:10001:10001:koers:/home/koers:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nkoers:x:10001:\n' > "$root/etc/group"

tar_() { tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu "$@"; }
# Entries without a leading "./" (Jib refuses to unpack an archive entry named "./").
tar_ -cf "$work/layer.tar" -C "$root" $(cd "$root" && LC_ALL=C ls -A)
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
versions=$(for p in "${packages[@]}"; do basename "$(ls "$debs/${p}_"*.deb | head -n1)" .deb; done | paste -sd' ')
java_version=$("$root/opt/java/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
mkdir -p "$work/archive/$diff_id"
mv "$work/layer.tar" "$work/archive/$diff_id/layer.tar"
cat > "$work/archive/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"10001:10001","WorkingDir":"/","Env":["PATH=/opt/java/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
  "Labels":{"org.opencontainers.image.title":"koers-base","nl.koers.base.debian-packages":"$versions",
   "nl.koers.base.java-runtime":"$java_version"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/base-image.sh"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["koers/base:latest"],"Layers":["%s/layer.tar"]}]\n' "$diff_id" \
  > "$work/archive/manifest.json"
tar_ -cf "$out/koers-base.tar" -C "$work/archive" config.json manifest.json "$diff_id/layer.tar"
echo "base image: $out/koers-base.tar ($(du -h "$out/koers-base.tar" | cut -f1); java $java_version; $versions)"
