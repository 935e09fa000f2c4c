#!/bin/sh
echo "bootstrapping"
/opt/bootstrap --cluster ml
