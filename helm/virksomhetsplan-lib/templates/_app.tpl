{{/* Everything one service or the gateway installs; a thin chart's only template includes this. */}}
{{- define "vp-lib.app" -}}
{{- include "vp-lib.validate" . }}
{{- $parts := list "vp-lib.deployment" "vp-lib.service" "vp-lib.hpa" "vp-lib.pdb" "vp-lib.networkpolicy" "vp-lib.servicemonitor" "vp-lib.ingress" }}
{{- range $part := $parts }}
{{- $doc := include $part $ | trim }}
{{- if $doc }}
---
{{ $doc }}
{{- end }}
{{- end }}
{{- end }}
