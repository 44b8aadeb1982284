{{- define "vp-lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "vp-lib.fullname" . }}
  labels:
    {{- include "vp-lib.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  ports:
    - name: http
      port: {{ .Values.service.port }}
      targetPort: http
      protocol: TCP
  selector:
    {{- include "vp-lib.selectorLabels" . | nindent 4 }}
{{- end }}
