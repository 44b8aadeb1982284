{{- define "vp-lib.ingress" -}}
{{- if .Values.ingress.enabled }}
{{- if ne .Values.component "gateway" }}
{{- fail "ingress.enabled: only the gateway is reachable from outside" }}
{{- end }}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "vp-lib.fullname" . }}
  labels:
    {{- include "vp-lib.labels" . | nindent 4 }}
  {{- with .Values.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with .Values.ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if .Values.ingress.tlsSecretName }}
  tls:
    - hosts: [{{ required "ingress.host is required" .Values.ingress.host | quote }}]
      secretName: {{ .Values.ingress.tlsSecretName }}
  {{- end }}
  rules:
    - host: {{ required "ingress.host is required when ingress.enabled" .Values.ingress.host | quote }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ include "vp-lib.fullname" . }}
                port:
                  name: http
{{- end }}
{{- end }}
