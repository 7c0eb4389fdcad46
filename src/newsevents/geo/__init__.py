"""Country facts shared by the places stage and the store's exports: centroids, FIPS codes,
names and GDELT's geo types (see :mod:`newsevents.geo.countries`)."""
