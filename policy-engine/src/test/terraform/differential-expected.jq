# The shape DifferentialCorpusTest reads, from `terraform show -json` of a plan (see record-differential.sh):
#   resources: every planned resource instance address -> {"input": its planned value}
#   modules:   every module instance address that Terraform lists (those holding at least one resource), sorted
#   outputs:   every root output -> its planned value
# The corpus records only known values: a case whose input or output is unknown at plan time stops the recording,
# since Terraform leaves unknown parts out of planned values and the test could not tell them from absent ones.

def modules: (.child_modules // [])[] | (.address, modules);
def resources: (.resources // [])[], ((.child_modules // [])[] | resources);
def unknown: [.. | select(. == true)] | length > 0;
def cwd: walk(if type == "string" then (split($cwd) | join("<cwd>")) else . end);

([.resource_changes[]? | select(.change.after_unknown.input | unknown) | .address]) as $unknownInputs
| ([.output_changes // {} | to_entries[] | select(.value.after_unknown | unknown) | .key]) as $unknownOutputs
| if ($unknownInputs + $unknownOutputs) != [] then
    error("\($case): unknown at plan time: \($unknownInputs + $unknownOutputs | join(", ")); the corpus holds known values only")
  else . end
| {
    recordedWith: $version,
    resources: ([.planned_values.root_module | resources | {key: .address, value: {input: .values.input}}]
                | from_entries),
    modules: ([.planned_values.root_module | modules] | sort),
    outputs: (.planned_values.outputs // {} | with_entries(.value = .value.value))
  }
| cwd
