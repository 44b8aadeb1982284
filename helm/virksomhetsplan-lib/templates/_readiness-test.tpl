{{/* `helm test <release>`: a pod that asks the service for readiness through its Service. */}}
{{- define "vp-lib.test" -}}
apiVersion: v1
kind: Pod
metadata:
  name: {{ include "vp-lib.fullname" . }}-test-readiness
  labels:
    app.kubernetes.io/name: {{ include "vp-lib.name" . }}-test
    app.kubernetes.io/instance: {{ .Release.Name }}
    app.kubernetes.io/component: chart-test
    app.kubernetes.io/part-of: virksomhetsplan
  annotations:
    helm.sh/hook: test
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  restartPolicy: Never
  automountServiceAccountToken: false
  securityContext:
    runAsNonRoot: true
    runAsUser: 65534
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: readiness
      image: {{ .Values.tests.image }}
      args: ["--fail", "--silent", "--show-error", "--max-time", "10", "--retry", "5", "--retry-all-errors",
             "http://{{ include "vp-lib.fullname" . }}:{{ .Values.service.port }}/actuator/health/readiness"]
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: [ALL]
      resources:
        requests:
          cpu: 10m
          memory: 16Mi
        limits:
          memory: 32Mi
{{- end }}
