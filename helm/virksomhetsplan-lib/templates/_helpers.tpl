{{/*
Names and labels, as `helm create` and the best-kept charts write them.
*/}}
{{- define "vp-lib.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "vp-lib.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- include "vp-lib.fullnameOf" (dict "name" (default .Chart.Name .Values.nameOverride) "release" .Release.Name) }}
{{- end }}
{{- end }}

{{/* The full name another chart of this release gets, e.g. the gateway's upstreams: dict "name" "release". */}}
{{- define "vp-lib.fullnameOf" -}}
{{- if contains .name .release }}
{{- .release | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .release .name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "vp-lib.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "vp-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "vp-lib.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "vp-lib.labels" -}}
helm.sh/chart: {{ include "vp-lib.chart" . }}
{{ include "vp-lib.selectorLabels" . }}
app.kubernetes.io/version: {{ include "vp-lib.imageTag" . | quote }}
app.kubernetes.io/component: {{ .Values.component }}
app.kubernetes.io/part-of: virksomhetsplan
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "vp-lib.imageTag" -}}
{{- .Values.image.tag | default .Values.global.image.tag | default .Chart.AppVersion }}
{{- end }}

{{- define "vp-lib.image" -}}
{{- $registry := .Values.image.registry | default .Values.global.image.registry -}}
{{- if $registry }}
{{- printf "%s/%s:%s" $registry .Values.image.repository (include "vp-lib.imageTag" .) }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (include "vp-lib.imageTag" .) }}
{{- end }}
{{- end }}

{{/*
Value checks that the schema cannot express; a wrong install fails at template time, not at 3 a.m.
*/}}
{{- define "vp-lib.validate" -}}
{{- if not (has .Values.component (list "service" "gateway")) }}
{{- fail (printf "component must be service or gateway, not %q" .Values.component) }}
{{- end }}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) }}
{{- fail "autoscaling.minReplicas must not exceed autoscaling.maxReplicas" }}
{{- end }}
{{- if and .Values.podDisruptionBudget.enabled (not .Values.autoscaling.enabled) (le (int .Values.replicaCount) 1) }}
{{- fail "podDisruptionBudget.enabled needs replicaCount > 1 (or autoscaling): a budget of one pod blocks every node drain" }}
{{- end }}
{{- if not .Values.resources.limits.memory }}
{{- fail "resources.limits.memory is required: the JVM sizes its heap from it (jvm.maxRamPercentage)" }}
{{- end }}
{{- $_ := required "global.platform.kafka.bootstrapServers is required" .Values.global.platform.kafka.bootstrapServers }}
{{- if eq .Values.component "service" }}
{{- $_ := required "database.name is required for a service" .Values.database.name }}
{{- $_ := required "global.platform.postgres.host is required" .Values.global.platform.postgres.host }}
{{- $_ := required "database.existingSecret (or global.platform.postgres.existingSecret) is required: the database password never sits in values" (include "vp-lib.databaseSecret" .) }}
{{- end }}
{{- if not .Values.global.platform.keycloak.issuers }}
{{- fail "global.platform.keycloak.issuers needs at least one trusted issuer (one per municipality realm)" }}
{{- end }}
{{- end }}

{{- define "vp-lib.databaseSecret" -}}
{{- .Values.database.existingSecret | default .Values.global.platform.postgres.existingSecret }}
{{- end }}
