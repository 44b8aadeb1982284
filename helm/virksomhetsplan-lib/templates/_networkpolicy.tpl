{{/*
Exactly the traffic of the architecture: the ingress controller reaches the gateway; the gateway
reaches the services (and Keycloak for signing keys); the services reach PostgreSQL, Kafka and
Keycloak, and a service with mail enabled the mail relay. DNS is allowed to everyone. Prometheus may scrape when a ServiceMonitor is rendered, and
the chart's own test pod may ask for readiness. Everything else is denied.
*/}}
{{- define "vp-lib.networkpolicy" -}}
{{- if .Values.networkPolicy.enabled }}
{{- $platform := .Values.global.platform }}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "vp-lib.fullname" . }}
  labels:
    {{- include "vp-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "vp-lib.selectorLabels" . | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
        {{- if eq .Values.component "gateway" }}
        - namespaceSelector:
            matchLabels:
              {{- toYaml .Values.global.networkPolicy.ingressController.namespaceLabels | nindent 14 }}
          podSelector:
            matchLabels:
              {{- toYaml .Values.global.networkPolicy.ingressController.podLabels | nindent 14 }}
        {{- else }}
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: gateway
              app.kubernetes.io/instance: {{ .Release.Name }}
        {{- end }}
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: {{ include "vp-lib.name" . }}-test
              app.kubernetes.io/instance: {{ .Release.Name }}
      ports:
        - port: http
          protocol: TCP
    {{- if .Values.metrics.serviceMonitor.enabled }}
    - from:
        - namespaceSelector:
            matchLabels:
              {{- toYaml .Values.global.networkPolicy.prometheus.namespaceLabels | nindent 14 }}
          podSelector:
            matchLabels:
              {{- toYaml .Values.global.networkPolicy.prometheus.podLabels | nindent 14 }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
  egress:
    - to:
        - namespaceSelector: {}
          podSelector:
            matchLabels:
              k8s-app: kube-dns
      ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    {{- if eq .Values.component "gateway" }}
    - to:
        {{- range $chart := (values .Values.upstreams | sortAlpha) }}
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: {{ $chart }}
              app.kubernetes.io/instance: {{ $.Release.Name }}
        {{- end }}
      ports:
        - port: {{ .Values.containerPort }}
          protocol: TCP
    {{- end }}
    {{- $peers := list "keycloak" }}
    {{- if eq .Values.component "service" }}
    {{- $peers = list "postgres" "kafka" "keycloak" }}
    {{- with .Values.mail }}{{ if .enabled }}{{ $peers = append $peers "smtp" }}{{ end }}{{ end }}
    {{- end }}
    {{- range $peer := $peers }}
    {{- $p := get $platform $peer }}
    - to:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ required (printf "global.platform.%s.namespace is required for the network policy" $peer) $p.namespace }}
          podSelector:
            matchLabels:
              {{- required (printf "global.platform.%s.podLabels is required for the network policy" $peer) $p.podLabels | toYaml | nindent 14 }}
      ports:
        {{- range $port := $p.ports }}
        - port: {{ $port }}
          protocol: TCP
        {{- end }}
    {{- end }}
{{- end }}
{{- end }}
