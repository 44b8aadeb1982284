{{- define "vp-lib.deployment" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "vp-lib.fullname" . }}
  labels:
    {{- include "vp-lib.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  selector:
    matchLabels:
      {{- include "vp-lib.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "vp-lib.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with .Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      automountServiceAccountToken: false
      {{- with (.Values.imagePullSecrets | default .Values.global.imagePullSecrets) }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}
      {{- with .Values.topologySpreadConstraints }}
      topologySpreadConstraints:
        {{- tpl (toYaml .) $ | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ include "vp-lib.name" . }}
          image: {{ include "vp-lib.image" . }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ .Values.containerPort }}
              protocol: TCP
          env:
            {{- include "vp-lib.env" . | nindent 12 }}
          startupProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            {{- toYaml .Values.probes.startup | nindent 12 }}
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            {{- toYaml .Values.probes.liveness | nindent 12 }}
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            {{- toYaml .Values.probes.readiness | nindent 12 }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          volumeMounts:
            # The root file system is read-only; Tomcat/Netty and the JVM write temporary files here.
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: 256Mi
{{- end }}

{{- define "vp-lib.env" -}}
- name: SERVER_PORT
  value: {{ .Values.containerPort | quote }}
- name: JAVA_TOOL_OPTIONS
  value: {{ printf "-XX:MaxRAMPercentage=%v -XX:InitialRAMPercentage=%v -XX:+ExitOnOutOfMemoryError %s" .Values.jvm.maxRamPercentage .Values.jvm.initialRamPercentage .Values.jvm.extraOptions | trim | quote }}
- name: KAFKA_BOOTSTRAP_SERVERS
  value: {{ .Values.global.platform.kafka.bootstrapServers | quote }}
- name: SPRING_KAFKA_BOOTSTRAP_SERVERS
  value: {{ .Values.global.platform.kafka.bootstrapServers | quote }}
{{- with .Values.global.platform.kafka.existingSecret }}
- name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $.Values.global.platform.kafka.saslJaasConfigKey }}
- name: SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL
  value: {{ $.Values.global.platform.kafka.securityProtocol | quote }}
- name: SPRING_KAFKA_PROPERTIES_SASL_MECHANISM
  value: {{ $.Values.global.platform.kafka.saslMechanism | quote }}
{{- end }}
- name: KEYCLOAK_URL
  value: {{ .Values.global.platform.keycloak.url | quote }}
{{- range $i, $issuer := .Values.global.platform.keycloak.issuers }}
- name: VIRKSOMHETSPLAN_SECURITY_ISSUERS_{{ $i }}_URI
  value: {{ required "every issuer needs a uri" $issuer.uri | quote }}
- name: VIRKSOMHETSPLAN_SECURITY_ISSUERS_{{ $i }}_TENANT
  value: {{ required "every issuer needs a tenant" $issuer.tenant | quote }}
{{- with $issuer.jwkSetUri }}
- name: VIRKSOMHETSPLAN_SECURITY_ISSUERS_{{ $i }}_JWK_SET_URI
  value: {{ . | quote }}
{{- end }}
{{- end }}
{{- with .Values.global.platform.keycloak.realmsJwkUrl }}
- name: VIRKSOMHETSPLAN_SECURITY_KEYCLOAKREALMS_JWKURL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.global.platform.keycloak.existingSecret }}
- name: KEYCLOAK_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $.Values.global.platform.keycloak.clientSecretKey }}
{{- end }}
{{- if eq .Values.component "service" }}
{{- $pg := .Values.global.platform.postgres }}
- name: SPRING_DATASOURCE_URL
  value: {{ printf "jdbc:postgresql://%s:%v/%s%s" $pg.host $pg.port .Values.database.name ($pg.urlParameters | default "") | quote }}
- name: SPRING_DATASOURCE_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ include "vp-lib.databaseSecret" . }}
      key: {{ .Values.database.usernameKey }}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "vp-lib.databaseSecret" . }}
      key: {{ .Values.database.passwordKey }}
{{- end }}
{{- if eq .Values.component "gateway" }}
{{- range $variable, $chart := .Values.upstreams }}
- name: {{ $variable }}
  value: {{ printf "http://%s:%v" (include "vp-lib.fullnameOf" (dict "name" $chart "release" $.Release.Name)) $.Values.service.port | quote }}
{{- end }}
{{- end }}
{{- with .Values.mail }}
{{- if .enabled }}
{{- $smtp := required "global.platform.smtp is required when mail is enabled" $.Values.global.platform.smtp }}
- name: MAIL_ENABLED
  value: "true"
- name: SMTP_HOST
  value: {{ required "global.platform.smtp.host is required when mail is enabled" $smtp.host | quote }}
- name: SMTP_PORT
  value: {{ $smtp.port | default 25 | quote }}
- name: SMTP_STARTTLS
  value: {{ $smtp.startTls | default false | quote }}
{{- with .from }}
- name: MAIL_FROM
  value: {{ . | quote }}
{{- end }}
{{- with $smtp.existingSecret }}
- name: SMTP_AUTH
  value: "true"
- name: SMTP_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $smtp.usernameKey }}
- name: SMTP_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: {{ $smtp.passwordKey }}
{{- end }}
{{- end }}
{{- end }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}
