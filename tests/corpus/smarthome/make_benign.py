"""Benign held-out corpus for the smarthome theme (home-automation community + device hub).

Every value below was hand-written for this corpus, or produced by a small template over
hand-written pools. Values are the ordinary text users type into a home-automation hub
and its forum: automation YAML, Jinja templates, MQTT topics/payloads, device names,
schedules, Node-RED function snippets, Tasmota/ESPHome console commands, pasted hub logs,
forum questions and multilingual notes. They are deliberately rich in characters that a
naive WAF flags (quotes, ; | & < > = -- {} $ \\ ../ paths URLs, code words) but each one
is something a real user would send.

Output: benign.jsonl next to this file. Deterministic (fixed seed, no set ordering).
"""
import json
import random
from pathlib import Path

SEED = 8101
PER_CATEGORY = 80
PREFIX = "hb81"

# ---------------------------------------------------------------- automation_yaml
YAML_LIT = [
    "trigger:\n  platform: state\n  entity_id: binary_sensor.front_door\n  to: 'on'\naction:\n  service: light.turn_on\n  target:\n    entity_id: light.hallway",
    "alias: 'Kitchen lights off when nobody''s home'\ntrigger:\n  - platform: state\n    entity_id: group.family\n    to: not_home\n    for: '00:10:00'\naction:\n  - service: light.turn_off\n    target:\n      area_id: kitchen",
    "- alias: Sunset porch\n  trigger:\n    platform: sun\n    event: sunset\n    offset: '-00:30:00'\n  action:\n    service: switch.turn_on\n    entity_id: switch.porch",
    "condition:\n  - condition: template\n    value_template: \"{{ states('sensor.outdoor_temp') | float(0) < 5 }}\"",
    "automation: !include automations.yaml\nscript: !include scripts.yaml\nscene: !include scenes.yaml",
    "homeassistant:\n  customize: !include customize.yaml\n  packages: !include_dir_named packages/\n  allowlist_external_dirs:\n    - /config/www\n    - /media/cctv",
    "action:\n  - service: notify.mobile_app_pixel_7\n    data:\n      title: \"Washer done\"\n      message: \"Laundry's finished -- go empty it before it smells ;)\"",
    "trigger:\n  platform: numeric_state\n  entity_id: sensor.bathroom_humidity\n  above: 70\naction:\n  service: fan.turn_on\n  entity_id: fan.bathroom_extractor",
    "shell_command:\n  backup_config: 'tar -czf /backup/ha_$(date +%F).tar.gz /config --exclude=/config/tts'",
    "command_line:\n  - sensor:\n      name: CPU temp\n      command: \"cat /sys/class/thermal/thermal_zone0/temp\"\n      unit_of_measurement: '°C'\n      value_template: '{{ value | multiply(0.001) | round(1) }}'",
    "mode: single\nmax_exceeded: silent\ntrigger:\n  - platform: event\n    event_type: zha_event\n    event_data:\n      device_ieee: '00:15:8d:00:04:2b:9c:11'\n      command: toggle",
    "sensor:\n  - platform: template\n    sensors:\n      power_total:\n        friendly_name: 'Total power'\n        unit_of_measurement: W\n        value_template: >-\n          {{ (states('sensor.plug_a_power')|float(0)) + (states('sensor.plug_b_power')|float(0)) }}",
    "wait_template: \"{{ is_state('cover.garage', 'closed') }}\"\ntimeout: '00:02:00'\ncontinue_on_timeout: false",
    "- id: '1688123456789'\n  alias: Motion -> hallway light (night only)\n  trigger:\n  - platform: state\n    entity_id: binary_sensor.hall_motion\n    from: 'off'\n    to: 'on'\n  condition:\n  - condition: time\n    after: '22:00:00'\n    before: '06:30:00'",
    "rest_command:\n  pushover_alert:\n    url: https://api.pushover.net/1/messages.json\n    method: POST\n    payload: 'token=PLACEHOLDER_TOKEN&user=PLACEHOLDER_USER&message={{ message }}'",
    "input_select:\n  house_mode:\n    name: House mode\n    options:\n      - Home\n      - Away\n      - 'Night / sleep'\n      - Vacation",
    "choose:\n  - conditions: \"{{ trigger.to_state.state == 'on' }}\"\n    sequence:\n      - service: light.turn_on\n        data: { brightness_pct: 40, kelvin: 2700 }\ndefault:\n  - service: light.turn_off",
    "recorder:\n  purge_keep_days: 10\n  exclude:\n    entity_globs:\n      - sensor.*_linkquality\n      - sensor.*_rssi\n    domains:\n      - updater",
    "logger:\n  default: warning\n  logs:\n    homeassistant.components.mqtt: debug\n    zigpy: info",
    "http:\n  use_x_forwarded_for: true\n  trusted_proxies:\n    - 172.30.33.0/24\n    - 127.0.0.1",
    "variables:\n  rooms: ['living_room', 'kitchen', 'office']\nrepeat:\n  for_each: \"{{ rooms }}\"\n  sequence:\n    - service: climate.set_temperature\n      target: { entity_id: \"climate.{{ repeat.item }}\" }\n      data: { temperature: 19.5 }",
    "trigger:\n  - platform: mqtt\n    topic: 'zigbee2mqtt/remote_bedroom/action'\n    payload: 'brightness_up_click'",
    "binary_sensor:\n  - platform: ping\n    host: 192.168.1.1\n    name: 'Router up?'\n    count: 2\n    scan_interval: 30",
    "camera:\n  - platform: generic\n    still_image_url: http://192.168.1.60/cgi-bin/snapshot.cgi?channel=1\n    stream_source: rtsp://viewer:PLACEHOLDER@192.168.1.60:554/cam/realmonitor?channel=1&subtype=0",
    "# don't touch -- the blueprint overwrites this\nuse_blueprint:\n  path: homeassistant/motion_light.yaml\n  input:\n    motion_entity: binary_sensor.stairs_motion\n    light_target:\n      entity_id: light.stairs\n    no_motion_wait: 90",
    "script:\n  goodnight:\n    sequence:\n      - service: lock.lock\n        target: { entity_id: lock.front_door }\n      - service: alarm_control_panel.alarm_arm_night\n        data: { code: '0000' }\n      - delay: '00:00:05'\n      - service: light.turn_off\n        target: { entity_id: all }",
    "template:\n  - binary_sensor:\n      - name: 'Window open & heating on'\n        state: >\n          {{ is_state('binary_sensor.window_living', 'on') and\n             state_attr('climate.living', 'hvac_action') == 'heating' }}",
    "utility_meter:\n  energy_daily:\n    source: sensor.grid_import_kwh\n    cycle: daily\n    tariffs: [peak, offpeak]",
    "trigger:\n  platform: time_pattern\n  minutes: '/15'\naction:\n  service: homeassistant.update_entity\n  entity_id: sensor.select_energy_price",
    "condition: or\nconditions:\n  - condition: state\n    entity_id: alarm_control_panel.home\n    state: armed_away\n  - condition: state\n    entity_id: input_boolean.guest_mode\n    state: 'off'",
    "frontend:\n  themes: !include_dir_merge_named themes\n  extra_module_url:\n    - /local/card-mod.js?v=3.4.1",
    "mqtt:\n  sensor:\n    - name: 'Pool pH'\n      state_topic: 'pool/sensors/ph'\n      value_template: '{{ value_json.ph | round(2) }}'\n      unit_of_measurement: 'pH'",
    "group:\n  downstairs_lights:\n    name: Downstairs\n    entities:\n      - light.living_room\n      - light.dining\n      - light.kitchen_under_cabinet",
    "action:\n  service: tts.google_translate_say\n  data:\n    entity_id: media_player.kitchen_speaker\n    message: \"It's {{ states('sensor.outdoor_temp') }} degrees outside; take a jacket!\"\n    language: en",
    "counter:\n  doorbell_presses:\n    initial: 0\n    step: 1\n    restore: true",
    "input_number:\n  target_temp:\n    name: Target °C\n    min: 15\n    max: 25\n    step: 0.5\n    mode: slider",
    "automation old:\n  - alias: legacy drop-in\n    trigger: { platform: homeassistant, event: start }\n    action: { service: system_log.write, data: { message: 'HA started', level: info } }",
    "secrets.yaml:\nwifi_ssid: \"Our House 2.4\"\nwifi_password: \"PLACEHOLDER_WIFI\"\nmqtt_user: ha\nmqtt_password: \"PLACEHOLDER_MQTT\"",
    "trigger:\n  platform: webhook\n  webhook_id: garage-door-from-shortcut-PLACEHOLDER\n  allowed_methods: [POST, PUT]\n  local_only: true",
    "delay:\n  minutes: \"{{ states('input_number.fan_runtime') | int(5) }}\"",
    "sequence:\n  - service: media_player.play_media\n    target: { entity_id: media_player.living_room }\n    data:\n      media_content_id: /media/sounds/doorbell.mp3\n      media_content_type: music",
    "alias: \"Garage left open > 15 min\"\ntrigger:\n  platform: state\n  entity_id: cover.garage_door\n  to: open\n  for: { minutes: 15 }\naction:\n  service: notify.family\n  data: { message: 'Garage is still open!' }",
    "sql:\n  - name: DB size\n    query: \"SELECT SUM(pgsize) AS size FROM dbstat;\"\n    column: size\n    unit_of_measurement: kB",
    "sensor:\n  - platform: sql\n    queries:\n      - name: Last motion\n        query: \"SELECT state FROM states WHERE entity_id = 'binary_sensor.hall_motion' ORDER BY state_id DESC LIMIT 1;\"\n        column: state",
    "zone:\n  - name: Work\n    latitude: 52.3731\n    longitude: 4.8922\n    radius: 150\n    icon: mdi:briefcase",
    "panel_iframe:\n  nodered:\n    title: Node-RED\n    icon: mdi:sitemap\n    url: http://homeassistant.local:1880/",
    "notify:\n  - name: family\n    platform: group\n    services:\n      - service: mobile_app_anna_phone\n      - service: mobile_app_tom_iphone",
]

ROOMS = ["kitchen", "living_room", "bedroom", "office", "garage", "hallway", "bathroom",
         "attic", "basement", "kids_room", "porch", "laundry"]
DOMAINS = ["light", "switch", "fan", "cover", "climate", "media_player"]
SENSOR_KINDS = ["motion", "door", "window", "occupancy", "leak", "smoke"]


def yaml_tpl(r):
    room = r.choice(ROOMS)
    dom = r.choice(DOMAINS[:3])
    kind = r.choice(SENSOR_KINDS)
    mins = r.choice([1, 2, 5, 10, 15, 30])
    return (f"trigger:\n  platform: state\n  entity_id: binary_sensor.{room}_{kind}\n  to: 'off'\n"
            f"  for: '00:{mins:02d}:00'\naction:\n  service: {dom}.turn_off\n  target:\n"
            f"    entity_id: {dom}.{room}")


# ---------------------------------------------------------------- jinja_template
JINJA_LIT = [
    "{{ states('sensor.temp') | float > 21 }}",
    "{% if is_state('light.x','on') %}Light is on{% else %}Light is off{% endif %}",
    "{{ states.sensor | selectattr('attributes.device_class', 'eq', 'battery') | selectattr('state', 'lt', '20') | map(attribute='name') | join(', ') }}",
    "{{ (as_timestamp(now()) - as_timestamp(states.binary_sensor.front_door.last_changed)) | int // 60 }} min ago",
    "{% set t = states('sensor.outdoor_temp') | float(0) %}{{ 'cold' if t < 5 else 'mild' if t < 18 else 'warm' }}",
    "{{ state_attr('weather.home', 'forecast')[0].temperature }}°C tomorrow",
    "{{ now().strftime('%H:%M') }} – {{ states('sensor.time_of_day') }}",
    "{{ expand('group.all_lights') | selectattr('state','eq','on') | list | count }} lights on",
    "{{ trigger.to_state.attributes.friendly_name }} changed from {{ trigger.from_state.state }} to {{ trigger.to_state.state }}",
    "{{ value_json['ENERGY']['Power'] }}",
    "{{ value | regex_replace(find='[^0-9.]', replace='') | float }}",
    "{% for s in states.sensor if 'temperature' in s.entity_id %}{{ s.name }}: {{ s.state }}\n{% endfor %}",
    "{{ is_state('sun.sun', 'below_horizon') and states('sensor.lux') | int(0) < 30 }}",
    "{{ ((states('sensor.grid_power') | float(0)) / 1000) | round(2) }} kW",
    "{{ states('input_select.house_mode') != 'Away' and not is_state('person.anna','home') }}",
    "{{ '%02d:%02d' | format(states('input_number.wake_h')|int, states('input_number.wake_m')|int) }}",
    "{% if states('sensor.washer_power')|float(0) < 3 and is_state('input_boolean.washer_running','on') %}done{% endif %}",
    "{{ area_entities('kitchen') | select('match', 'light\\.') | list }}",
    "{{ states.climate.living.attributes.current_temperature ~ ' / ' ~ states.climate.living.attributes.temperature }}",
    "{{ relative_time(states.sensor.last_boot.last_changed) }}",
    "{{ iif(is_state('binary_sensor.rain', 'on'), 'Skip watering', 'Water for 10 min') }}",
    "{{ (states('sensor.price_now')|float(0) * 100) | round(1) }} ct/kWh",
    "{{ device_attr(device_id('light.desk'), 'manufacturer') }}",
    "{%- set doors = ['front', 'back', 'garage'] -%}{{ doors | select('is_state_door_open') | list }}",
    "{{ states('sensor.hall_co2') | int(0) > 1000 }}",
    "{{ state_attr('sun.sun','elevation') | float(0) < -6 }}",
    "{{ strptime(states('sensor.next_alarm'), '%Y-%m-%dT%H:%M:%S%z') - now() < timedelta(minutes=30) }}",
    "{{ states.light | selectattr('state','eq','on') | map(attribute='entity_id') | join('\\n') }}",
    "{{ value_json.temperature if value_json.temperature is defined else states('sensor.porch_temp') }}",
    "{% raw %}{{ not a template }}{% endraw %}",
    "{{ 'Good morning' if now().hour < 12 else 'Good afternoon' if now().hour < 18 else 'Good evening' }}, {{ user }}!",
    "{{ min(states('sensor.a')|float(99), states('sensor.b')|float(99)) }}",
    "{{ states('sensor.solar_power')|float(0) > states('sensor.house_load')|float(0) }}",
    "{{ trigger.event.data.command == 'on' and trigger.event.data.args[0] == 2 }}",
    "{{ (states('sensor.tank_level')|float(0) / 1200 * 100) | round(0) }} %",
    "{{ states('counter.doorbell_presses') | int + 1 }}",
    "{{ this.attributes.last_triggered is none or (now() - this.attributes.last_triggered).seconds > 300 }}",
    "{{ states('sensor.dishwasher_status') in ['Finished', 'Fertig', 'Terminé'] }}",
    "{{ (state_attr('calendar.bins','message') or '') | lower | replace('collection','') | trim }}",
    "{{ label_entities('night') | select('is_state','on') | list | length == 0 }}",
    "{{ states('sensor.wind_speed') | float(0) >= 40 or is_state('binary_sensor.storm_warning', 'on') }}",
    "{{ '🔥' if states('sensor.oven_temp')|int(0) > 150 else '❄️' }}",
    "{{ states.zone.home.attributes.persons | count }} people home",
    "{% set secs = states('sensor.uptime') | int(0) %}{{ secs // 86400 }}d {{ (secs % 86400) // 3600 }}h",
    "{{ state_translated('alarm_control_panel.home') }}",
    "{{ has_value('sensor.washer_power') and states('sensor.washer_power') | float > 5 }}",
    "{{ states('sensor.fridge_temp') | float(0) | round(1) }}° <br>{{ states('sensor.freezer_temp') }}°",
]

TPL_ENTITIES = ["sensor.living_temp", "sensor.office_humidity", "sensor.garage_temp",
                "sensor.attic_temp", "sensor.bedroom_co2", "sensor.kitchen_lux"]
TPL_OPS = [">", "<", ">=", "<=", "=="]


def jinja_tpl(r):
    e = r.choice(TPL_ENTITIES)
    op = r.choice(TPL_OPS)
    v = r.choice([5, 18, 21, 22.5, 40, 60, 800, 1000])
    form = r.choice(["{{ states('%s') | float(0) %s %s }}",
                     "{%% if states('%s')|float(0) %s %s %%}on{%% else %%}off{%% endif %%}",
                     "{{ iif(states('%s')|float(0) %s %s, 'alert', 'ok') }}"])
    return form % (e, op, v)


# ---------------------------------------------------------------- mqtt
MQTT_LIT = [
    "zigbee2mqtt/lamp/set {\"state\":\"ON\"}",
    "zigbee2mqtt/living_room_bulb/set {\"brightness\":128,\"color_temp\":370,\"transition\":2}",
    "cmnd/tasmota_4C2A1F/POWER TOGGLE",
    "stat/sonoff-garage/RESULT {\"POWER\":\"OFF\"}",
    "tele/plug_washer/SENSOR {\"Time\":\"2024-03-11T08:15:02\",\"ENERGY\":{\"Total\":12.345,\"Power\":2150,\"Voltage\":231}}",
    "homeassistant/sensor/pool_ph/config {\"name\":\"Pool pH\",\"state_topic\":\"pool/ph\",\"unique_id\":\"pool_ph_01\",\"unit_of_measurement\":\"pH\"}",
    "zigbee2mqtt/bridge/request/permit_join {\"value\":true,\"time\":254}",
    "zigbee2mqtt/+/availability",
    "home/+/temperature",
    "shellies/#",
    "$SYS/broker/clients/connected",
    "frigate/events {\"type\":\"new\",\"after\":{\"label\":\"person\",\"camera\":\"driveway\",\"score\":0.81}}",
    "esphome/garden-valve/switch/valve_1/command ON",
    "owntracks/anna/phone {\"_type\":\"location\",\"lat\":48.1371,\"lon\":11.5754,\"acc\":12,\"batt\":64}",
    "zigbee2mqtt/remote_kitchen/action brightness_move_up",
    "rtl_433/Acurite-Tower/12345 {\"temperature_C\":-3.4,\"humidity\":88,\"battery_ok\":1}",
    "zwave/nodeID_14/38/0/targetValue/set {\"value\":99}",
    "tasmota/discovery/#",
    "zigbee2mqtt/bridge/request/device/rename {\"from\":\"0x00158d0004a1b2c3\",\"to\":\"bathroom/motion\"}",
    "home/kitchen/fridge/door {\"open\":true,\"since\":\"07:41\"}",
    "valetudo/robot/MapData/map-data",
    "zigbee2mqtt/thermostat_office/set {\"current_heating_setpoint\":20.5,\"system_mode\":\"heat\"}",
    "nuki/door/lockAction 2",
    "cmnd/grp_all_lights/Backlog Power OFF; Delay 50; Power ON",
    "zigbee2mqtt/led_strip/set {\"color\":{\"hex\":\"#FF8800\"},\"effect\":\"breathe\"}",
    "ebusd/bai/FlowTemp 42.5;ok",
    "homeassistant/status online",
    "solar/inverter/state {\"pv_w\":3411,\"grid_w\":-1205,\"soc\":78}",
    "zigbee2mqtt/bridge/request/options {\"options\":{\"advanced\":{\"last_seen\":\"ISO_8601\"}}}",
    "N/c0619ab1c2d3/system/0/Dc/Battery/Soc",
    "paradox/control/partitions/Interior arm_stay",
    "octoprint/event/PrintDone {\"name\":\"benchy.gcode\",\"time\":3601.2}",
    "zigbee2mqtt/blind_bedroom/set {\"position\":35}",
    "tele/sonoff-pool-pump/LWT Offline",
    "zigbee2mqtt/bridge/response/device/ota_update/update {\"status\":\"ok\",\"data\":{\"id\":\"hallway_dimmer\"}}",
    "wled/desk/api {\"on\":true,\"bri\":80,\"seg\":[{\"fx\":9,\"sx\":128}]}",
    "home/garden/rain_mm 0.4",
    "zigbee2mqtt/vibration_mailbox {\"vibration\":true,\"strength\":17,\"angle_x\":3}",
    "cmnd/irrigation/RuleTimer1 600",
    "weatherstation/out {\"t\":\"12.3\",\"h\":\"71\",\"p\":\"1013.4\",\"note\":\"Sensor's on the north wall & shaded\"}",
    "zigbee2mqtt/bridge/request/device/remove {\"id\":\"old_plug_attic\",\"force\":true}",
    "home/alarm/set ARM_NIGHT",
    "zigbee2mqtt/tradfri_remote/action arrow_left_hold",
    "homie/boiler/temperature/$unit °C",
    "zigbee2mqtt/kitchen/sink_leak {\"water_leak\":false,\"battery\":91,\"linkquality\":102}",
    "hermes/intent/turnOnLight {\"input\":\"switch on the kitchen light\",\"slots\":[{\"slotName\":\"room\",\"value\":\"kitchen\"}]}",
    "energy/p1/electricity_delivered_1 004512.337",
    "zigbee2mqtt/Büro Lampe/set {\"state\":\"TOGGLE\"}",
]

MQTT_BASES = ["zigbee2mqtt", "home", "cmnd", "stat", "tele"]
MQTT_DEVS = ["desk_lamp", "hall_plug", "attic_fan", "porch_light", "bed_strip", "sauna_relay",
             "greenhouse_sensor", "aquarium_heater"]


def mqtt_tpl(r):
    d = r.choice(MQTT_DEVS)
    kind = r.randrange(4)
    if kind == 0:
        return f"zigbee2mqtt/{d}/set {{\"state\":\"{r.choice(['ON', 'OFF', 'TOGGLE'])}\",\"brightness\":{r.randrange(1, 255)}}}"
    if kind == 1:
        return f"cmnd/{d}/Power{r.randrange(1, 5)} {r.choice(['ON', 'OFF', 'TOGGLE', 'BLINK'])}"
    if kind == 2:
        return f"tele/{d}/SENSOR {{\"AM2301\":{{\"Temperature\":{r.randrange(150, 300) / 10},\"Humidity\":{r.randrange(30, 90)}}}}}"
    return f"home/{r.choice(ROOMS)}/{d}/state {r.choice(['on', 'off', 'unavailable'])}"


# ---------------------------------------------------------------- device_name
DEVICE_LIT = [
    "Kitchen ceiling – Hue White Ambiance",
    "Anna's bedside lamp",
    "Plug: washer (don't switch off!)",
    "Garage door <Meross MSG100>",
    "light.living_room_floor_lamp_2",
    "0x00158d0004a1b2c3",
    "Tom & Lisa's office",
    "Smoke detector 1/2 – upstairs",
    "Shelly 1PM #3 (boiler)",
    "Thermostat \"Bad\" (EG)",
    "sensor.outdoor_temp_north",
    "Drop-in ceiling speaker",
    "Kids' room night-light 🌙",
    "Sonoff TH16 | pool pump",
    "Wohnzimmer Deckenlampe",
    "Salle de bain – radiateur",
    "Frigo / congélateur",
    "Ventilador del salón",
    "寝室のエアコン",
    "客厅灯带",
    "Лампа в прихожей",
    "Tasmota-4C2A1F",
    "esp32-garden-valves",
    "binary_sensor.mailbox_vibration",
    "Aqara FP2 (living zone 1)",
    "climate.atelier_d_ete",
    "Select switch, stairs (bottom)",
    "Eval board ESP32-C3 test",
    "Union Jack LED sign",
    "Drop box sensor",
    "Sleep mode button",
    "Script runner Pi",
    "Admin's desk plug",
    "C:\\ drive NAS power",
    "Porch light > 3000K",
    "Dimmer 0-10V (garden path)",
    "IKEA TRÅDFRI driver 30W",
    "Zigbee router #7 / attic",
    "Ring doorbell (wired)",
    "Switch 'Alles aus'",
    "Fan 50% <-> 100%",
    "Cat feeder - Mr. Whiskers",
    "Σαλόνι φωτιστικό",
    "Luz da varanda",
    "Lampada cucina (sopra l'isola)",
    "거실 조명",
    "Heat pump = Daikin Altherma",
    "Office \\ desk \\ monitor bar",
]

BRANDS = ["Hue", "Aqara", "Shelly", "Sonoff", "IKEA", "Tuya", "Govee", "Eve", "Nanoleaf", "Meross"]
DTYPES = ["bulb", "plug", "motion sensor", "door contact", "dimmer", "thermostat", "LED strip",
          "button", "blind motor", "leak sensor"]
ROOM_NAMES = ["Kitchen", "Living room", "Office", "Bedroom", "Hallway", "Garage", "Attic",
              "Bathroom", "Porch", "Nursery", "Cellar", "Sunroom"]


def device_tpl(r):
    k = r.randrange(3)
    if k == 0:
        return f"{r.choice(ROOM_NAMES)} {r.choice(DTYPES)} ({r.choice(BRANDS)})"
    if k == 1:
        return f"{r.choice(ROOMS)}_{r.choice(DTYPES).replace(' ', '_')}_{r.randrange(1, 9)}"
    return f"{r.choice(BRANDS)} {r.choice(DTYPES)} #{r.randrange(1, 20)} – {r.choice(ROOM_NAMES).lower()}"


# ---------------------------------------------------------------- schedule
SCHED_LIT = [
    "0 6 * * 1-5",
    "*/15 * * * *",
    "30 22 * * *",
    "0 7 * * 6,0",
    "0 */2 * * *",
    "45 5 1-7 * 1",
    "@reboot sleep 60 && /usr/local/bin/start-zigbee.sh",
    "0 3 * * * /usr/bin/docker exec homeassistant python -m homeassistant --script check_config",
    "15 4 * * 0 find /backup -name '*.tar' -mtime +14 -delete",
    "Mon-Fri 06:30 heat to 21°C; 08:00 drop to 17°C; 17:00 back to 21°C",
    "Sat/Sun: 08:00 -> 20.5, 23:00 -> 17",
    "sunrise-00:20",
    "sunset+00:15 until 23:30",
    "every 10 min between 07:00 and 22:00",
    "weekdays 07:00, weekends 09:00",
    "Timer1 {\"Enable\":1,\"Mode\":0,\"Time\":\"06:30\",\"Window\":15,\"Days\":\"-MTWTF-\",\"Repeat\":1,\"Output\":1,\"Action\":1}",
    "Timer2 {\"Mode\":2,\"Time\":\"-00:30\",\"Days\":\"SMTWTFS\",\"Output\":2,\"Action\":0}",
    "time: '23:00:00'\nweekday: [mon, tue, wed, thu]",
    "on_time:\n  - seconds: 0\n    minutes: /5\n    then:\n      - logger.log: 'tick'",
    "cron: '0 0 1 * *'  # 1st of the month, reset the counter",
    "0 20 * * 0 /config/scripts/rotate_logs.sh > /dev/null 2>&1",
    "*/5 6-22 * * *",
    "0 8-18/2 * * 1-5",
    "Irrigation: Tue & Fri 05:00, zone 1 = 12 min, zone 2 = 8 min",
    "Heating off from 01.05. to 30.09.",
    "Lights: on at dusk, off at 23:45 (Fri/Sat: 00:30)",
    "Nacht-Absenkung 22:00–05:30 auf 18 °C",
    "Lundi–vendredi : 6 h 45 réveil lumineux",
    "毎日 7:00 にカーテンを開ける",
    "0 0 * * * echo \"daily\" >> /var/log/ha-cron.log",
    "Dishwasher: start at cheapest hour between 22:00 and 06:00",
    "@hourly curl -s http://localhost:8123/api/ -H 'Authorization: Bearer PLACEHOLDER' > /dev/null",
    "Alarm: arm_night 23:30 | disarm 06:15",
    "0 9 25 12 * (christmas lights full)",
    "2024-12-24T16:00/2024-12-26T23:59",
    "R/2024-01-01T06:00:00/P1D",
    "every 2nd Tuesday: paper bin; every Thursday: general waste",
    "after: '06:00'\nbefore: '23:00'\nweekday:\n  - sat\n  - sun",
    "Trash reminder -> Wed 19:00 if calendar says 'Biotonne'",
    "59 23 * * 1-5 [ \"$(date +\\%u)\" -lt 6 ] && /opt/scripts/weekday_report.sh",
    "Pool pump: 10:00-14:00 (summer), 12:00-13:00 (winter)",
    "Quiet hours 22:00 – 07:00: no TTS, no chimes",
    "Vacation: 12/07–26/07, random lights 19:00–23:30",
    "Feed the cat: 07:00 & 18:30, 20 g each",
    "Thermostat program: 00:00=17; 06:00=21; 09:00=18; 16:30=21.5; 22:30=17",
    "0 12 * * * sleep $((RANDOM % 900)); /opt/scripts/vacation_lights.sh",
    "Every full moon? no -- every 4 weeks on Sunday",
]


def sched_tpl(r):
    k = r.randrange(3)
    if k == 0:
        return f"{r.randrange(0, 60)} {r.randrange(0, 24)} * * {r.choice(['*', '1-5', '6,0', '1', '0-6/2'])}"
    if k == 1:
        return f"{r.choice(['Mon-Fri', 'Sat/Sun', 'daily', 'Tue & Thu'])} {r.randrange(5, 10):02d}:{r.choice(['00', '15', '30', '45'])} -> {r.choice([17, 18, 19.5, 20, 21, 21.5])}°C"
    return f"{r.choice(['sunrise', 'sunset'])}{r.choice(['+', '-'])}00:{r.choice(['05', '10', '20', '30', '45'])}"


# ---------------------------------------------------------------- nodered_function
NR_LIT = [
    "msg.payload = msg.payload.state === 'ON' ? 1 : 0;\nreturn msg;",
    "const t = parseFloat(msg.payload);\nif (isNaN(t)) return null;\nmsg.payload = { temperature: t, unit: '°C' };\nreturn msg;",
    "if (msg.payload.action === 'single') {\n    return [msg, null];\n}\nreturn [null, msg];",
    "flow.set('lastMotion', Date.now());\nreturn msg;",
    "const last = flow.get('lastMotion') || 0;\nif (Date.now() - last > 5 * 60 * 1000) {\n    msg.payload = 'off';\n    return msg;\n}",
    "msg.topic = 'zigbee2mqtt/' + msg.device + '/set';\nmsg.payload = JSON.stringify({ state: 'OFF' });\nreturn msg;",
    "node.status({ fill: 'green', shape: 'dot', text: `${msg.payload} W` });\nreturn msg;",
    "// select the cheapest 3 hours\nconst prices = msg.payload.today.sort((a, b) => a.value - b.value);\nmsg.payload = prices.slice(0, 3).map(p => p.start);\nreturn msg;",
    "let count = context.get('count') || 0;\ncount += 1;\ncontext.set('count', count);\nmsg.payload = count;\nreturn msg;",
    "msg.payload = msg.payload.replace(/\\r?\\n/g, ' ').trim();\nreturn msg;",
    "const hour = new Date().getHours();\nmsg.payload = (hour >= 22 || hour < 6) ? 20 : 100;\nreturn msg;",
    "if (msg.payload.new_state && msg.payload.new_state.state !== msg.payload.old_state.state) {\n  return msg;\n}\nreturn null;",
    "msg.headers = { 'Content-Type': 'application/json' };\nmsg.url = 'http://192.168.1.50/api/v1/status';\nreturn msg;",
    "node.warn('battery low on ' + msg.data.entity_id + ': ' + msg.payload + '%');\nreturn null;",
    "const data = msg.payload;\nmsg.payload = `Washer finished at ${new Date().toLocaleTimeString('de-DE')} — ${data.kwh} kWh`;\nreturn msg;",
    "return { payload: msg.payload > 1000 ? 'high' : 'normal', topic: 'co2/level' };",
    "const rooms = ['kitchen', 'living', 'office'];\nreturn rooms.map(r => ({ topic: `home/${r}/light/set`, payload: 'OFF' }));",
    "msg.payload = Buffer.from(msg.payload, 'hex').readInt16BE(2) / 100;\nreturn msg;",
    "// drop duplicates\nif (msg.payload === context.get('prev')) return null;\ncontext.set('prev', msg.payload);\nreturn msg;",
    "msg.delay = Math.max(0, (msg.payload.minutes || 0)) * 60000;\nreturn msg;",
    "global.set('house_mode', msg.payload);\nnode.done();",
    "if (msg.payload.battery < 15 && !flow.get('warned_' + msg.topic)) {\n  flow.set('warned_' + msg.topic, true);\n  return msg;\n}",
    "const [h, m] = msg.payload.split(':').map(Number);\nmsg.payload = h * 60 + m;\nreturn msg;",
    "msg.payload = { data: { entity_id: 'light.hallway', brightness_pct: msg.payload } };\nreturn msg;",
    "msg.payload = msg.payload.filter(e => e.state === 'unavailable').map(e => e.entity_id).join(', ');\nreturn msg.payload ? msg : null;",
    "try {\n  msg.payload = JSON.parse(msg.payload);\n} catch (e) {\n  node.error('bad json: ' + e.message, msg);\n  return null;\n}\nreturn msg;",
    "msg.payload = (msg.payload.lux < 30 && msg.payload.occupancy) ? 'ON' : 'OFF';\nreturn msg;",
    "const map = { 1: 'single', 2: 'double', 3: 'triple' };\nmsg.payload = map[msg.payload.clicks] || 'long';\nreturn msg;",
    "msg.payload = Math.round((msg.payload - 32) * 5 / 9 * 10) / 10;\nreturn msg;",
    "// ESPHome sends 'true'/'false' as strings\nmsg.payload = (msg.payload === 'true');\nreturn msg;",
    "let q = flow.get('queue') || [];\nq.push(msg.payload);\nif (q.length > 10) q.shift();\nflow.set('queue', q);\nreturn { payload: q.reduce((a, b) => a + b, 0) / q.length };",
    "msg.filename = '/data/logs/energy_' + new Date().toISOString().slice(0, 10) + '.csv';\nmsg.payload = `${Date.now()};${msg.payload}\\n`;\nreturn msg;",
    "msg.payload = msg.payload.toUpperCase() === 'OPEN' ? 'closed' : 'open';\nreturn msg;",
    "if (msg.payload.event === 'doorbell') {\n  msg.payload = { title: 'Ding dong', message: 'Someone is at the door', data: { image: '/api/camera_proxy/camera.front' } };\n  return msg;\n}",
    "const sleep = ms => new Promise(r => setTimeout(r, ms));\nawait sleep(1500);\nreturn msg;",
    "msg.payload = env.get('HA_URL') + '/api/states/' + msg.entity;\nreturn msg;",
    "msg.payload = msg.payload.select ? msg.payload.select : 'default';\nreturn msg;",
    "msg.payload = `${msg.payload.name} <${msg.payload.ieee}>`;\nreturn msg;",
    "const w = msg.payload.power_w;\nmsg.payload = w > 5 ? 'running' : (w > 0.5 ? 'standby' : 'off');\nreturn msg;",
    "node.send([null, { payload: 'drop' }]);\nnode.done();",
    "// union of both arrays, no dupes\nmsg.payload = [...new Set([...msg.a, ...msg.b])];\nreturn msg;",
    "msg.payload = msg.payload.sort((a, b) => b.last_seen.localeCompare(a.last_seen))[0];\nreturn msg;",
    "if (msg.topic.endsWith('/action') && msg.payload === '') return null;\nreturn msg;",
    "msg.payload = { command: 'exec', args: ['scene', 'movie_night'] };\nreturn msg;",
    "msg.payload = 'Temperatur im Büro: ' + msg.payload + ' °C – Fenster schließen?';\nreturn msg;",
    "msg.payload = { state: msg.payload ? 'ON' : 'OFF', brightness: msg.payload && 254 || 0 };\nreturn msg;",
    "return msg.payload.price < 0.15 ? [msg, null] : [null, msg];",
]

NR_VARS = ["temperature", "humidity", "power", "lux", "battery", "co2", "pressure"]


def nr_tpl(r):
    v = r.choice(NR_VARS)
    n = r.choice([5, 20, 30, 50, 100, 800, 1000])
    k = r.randrange(3)
    if k == 0:
        return f"if (msg.payload.{v} > {n}) {{\n    return msg;\n}}\nreturn null;"
    if k == 1:
        return f"msg.payload = Number(msg.payload.{v}).toFixed({r.randrange(0, 3)});\nreturn msg;"
    return f"flow.set('{v}_{r.choice(ROOMS)}', msg.payload);\nreturn msg;"


# ---------------------------------------------------------------- console_command
CONSOLE_LIT = [
    "Backlog Power1 ON; Delay 10; Power1 OFF",
    "Rule1 ON Switch1#State=1 DO Power2 TOGGLE ENDON",
    "Rule1 ON Energy#Power>2000 DO Publish stat/%topic%/ALERT overload ENDON\nRule1 1",
    "SetOption19 1",
    "Template {\"NAME\":\"Gosund SP1\",\"GPIO\":[56,0,57,0,132,134,0,0,131,17,0,21,0],\"FLAG\":0,\"BASE\":18}",
    "MqttHost 192.168.1.20; MqttUser ha; MqttPassword PLACEHOLDER",
    "Backlog SSID1 \"Our House 2.4\"; Password1 PLACEHOLDER; Restart 1",
    "Timezone 99; TimeStd 0,0,10,1,3,60; TimeDst 0,0,3,1,2,120",
    "PowerOnState 3",
    "Status 8",
    "Upgrade 1",
    "OtaUrl http://ota.tasmota.com/tasmota/release/tasmota.bin.gz",
    "Var1 %timestamp%; Mem1 22.5",
    "Rule2 ON Time#Minute|5 DO Publish tele/%topic%/UPTIME %uptime% ENDON",
    "Rule3 ON Tele-AM2301#Temperature>25 DO Power1 ON BREAK ON Tele-AM2301#Temperature<23 DO Power1 OFF ENDON",
    "Dimmer 35",
    "CT 370",
    "Color 255,136,0",
    "Scheme 2; Speed 10",
    "PulseTime1 130",
    "Sleep 50",
    "Backlog WebServer 2; Restart 1",
    "esphome run living-room-sensor.yaml --device 192.168.1.77",
    "esphome logs garden-valves.yaml",
    "esphome compile ./devices/office-co2.yaml",
    "esphome clean kitchen_display.yaml && esphome run kitchen_display.yaml",
    "i2c:\n  sda: GPIO21\n  scl: GPIO22\n  scan: true",
    "sensor:\n  - platform: dht\n    pin: D2\n    temperature:\n      name: \"Attic temperature\"\n    update_interval: 60s",
    "lambda: |-\n  if (id(lux).state < 30) {\n    return true;\n  }\n  return false;",
    "on_press:\n  then:\n    - switch.toggle: relay_1\n    - delay: 500ms\n    - light.turn_on:\n        id: status_led\n        brightness: 50%",
    "wifi:\n  ssid: !secret wifi_ssid\n  password: !secret wifi_password\n  ap:\n    ssid: \"Office-CO2 Fallback\"",
    "substitutions:\n  devicename: porch-light\n  friendly_name: \"Porch light\"",
    "Backlog Power1 OFF; Power2 OFF; Power3 OFF; Power4 OFF",
    "SerialSend5 A00101A2",
    "Ping4 192.168.1.1",
    "I2CScan",
    "Restart 99",
    "Reset 5",
    "SetOption53 1",
    "Backlog Latitude 51.5074; Longitude -0.1278",
    "WebSend [192.168.1.31] Power1 TOGGLE",
    "Rule1 ON System#Boot DO Backlog Power1 OFF; RuleTimer1 3600 ENDON ON Rules#Timer=1 DO Power1 ON ENDON",
    "zbsend {\"Device\":\"0x8F20\",\"Send\":{\"Power\":\"Toggle\"}}",
    "ZbPermitJoin 1",
    "ZbName 0x3D82,Hallway_Motion",
    "logger:\n  level: VERBOSE\n  logs:\n    mqtt.component: DEBUG\n    sensor: INFO",
    "ota:\n  - platform: esphome\n    password: \"PLACEHOLDER_OTA\"",
    "Script >D\n>B\n=>Power1 0\n>T\nif temp>24 {=>Power1 1}",
]


def console_tpl(r):
    k = r.randrange(3)
    p = r.randrange(1, 5)
    if k == 0:
        return f"Backlog Power{p} ON; Delay {r.choice([5, 10, 20, 50, 100])}; Power{p} OFF"
    if k == 1:
        return f"Rule{r.randrange(1, 4)} ON Switch{p}#State={r.randrange(0, 3)} DO Power{p} {r.choice(['ON', 'OFF', 'TOGGLE'])} ENDON"
    return f"{r.choice(['Dimmer', 'CT', 'PulseTime' + str(p), 'TelePeriod'])} {r.randrange(10, 400)}"


# ---------------------------------------------------------------- hub_log
LOG_LIT = [
    "2024-03-11 08:15:02.117 ERROR (MainThread) [homeassistant.components.mqtt] Error parsing JSON payload: {\"temp\": 21.5,,}",
    "2024-03-11 08:15:03.401 WARNING (MainThread) [homeassistant.helpers.template] Template variable warning: 'dict object' has no attribute 'temperature' when rendering '{{ value_json.temperature }}'",
    "Logger: homeassistant.components.sql\nSource: components/sql/sensor.py:312\nError executing query SELECT state FROM states WHERE entity_id = 'sensor.x' LIMIT 1: (sqlite3.OperationalError) no such column: entity_id",
    "[08:41:17][D][sensor:093]: 'Attic temperature': Sending state 23.40000 °C with 1 decimals of accuracy",
    "[08:41:20][W][wifi:071]: Error while connecting to network.",
    "Zigbee2MQTT:error 2024-03-11 09:01:44: Publish 'set' 'state' to 'hallway_dimmer' failed: 'Error: Command 0x00178801 genOnOff.on({}, {\"timeout\":10000,\"disableResponse\":false}) failed (Data request failed with error: 'MAC channel access failure' (225))'",
    "Zigbee2MQTT:info  2024-03-11 09:02:10: MQTT publish: topic 'zigbee2mqtt/kitchen_motion', payload '{\"battery\":100,\"illuminance\":12,\"occupancy\":true}'",
    "00:00:00.001 HDW: ESP8266EX\n00:00:00.049 CFG: Loaded from flash at F9, Count 87\n00:00:00.054 QPC: Count 1\n00:00:00.093 Project tasmota - Tasmota Version 13.4.0(release-tasmota)",
    "12:03:45.201 MQT: stat/plug_washer/RESULT = {\"POWER\":\"ON\"}",
    "Traceback (most recent call last):\n  File \"/usr/src/homeassistant/homeassistant/components/python_script/__init__.py\", line 243, in execute\n    exec(compiled.code, restricted_globals)\n  File \"heating.py\", line 7, in <module>\nNameError: name 'sleep' is not defined",
    "WARNING (Recorder) [homeassistant.components.recorder.util] The system could not validate that the sqlite3 database at //config/home-assistant_v2.db was shutdown cleanly",
    "ERROR (MainThread) [homeassistant.setup] Setup failed for custom integration 'hacs': Requirements for hacs not found: ['aiogithubapi>=22.10.1'].",
    "Mar 11 08:20:01 rpi4 CRON[2211]: (root) CMD (/usr/local/bin/backup.sh >> /var/log/backup.log 2>&1)",
    "1710145201: New connection from 192.168.1.44:51312 on port 1883.\n1710145201: New client connected from 192.168.1.44:51312 as tasmota_4C2A1F (p2, c1, k30, u'ha').",
    "1710145300: Client mqtt-explorer-7f1c disconnected, not authorised.",
    "10 Mar 2024 22:14:07.123 [nodered] [function:Price parser] TypeError: Cannot read properties of undefined (reading 'today')",
    "[error] [http request:3f9b] JSON parse error: Unexpected token < in JSON at position 0",
    "ERROR (MainThread) [homeassistant.components.automation.porch_light] Porch light: Error executing script. Invalid data for call_service at pos 1: expected int for dictionary value @ data['brightness']",
    "s6-rc: info: service legacy-services successfully started\n[09:12:01] INFO: Starting Mosquitto...\n[09:12:02] INFO: Starting NGINX for authentication handling...",
    "2024-03-11 10:00:00.000 INFO (SyncWorker_3) [homeassistant.components.command_line] Running command: cat /sys/class/thermal/thermal_zone0/temp",
    "WARNING: Login attempt or request with invalid authentication from 192.168.1.120 (192.168.1.120). Requested URL: '/auth/token'. (Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X))",
    "deCONZ: 09:44:01:022 ZCL attribute report 0x00158D0001A2B3C4 for cluster: 0x0402, ep: 0x01, value 2137",
    "[D][light:036]: 'Desk lamp' Setting:\n[D][light:047]:   State: ON\n[D][light:059]:   Brightness: 80%\n[D][light:109]:   Transition length: 1.0s",
    "ERROR (MainThread) [homeassistant.components.rest.data] Error fetching data: http://192.168.1.50/api/v1/status failed with Cannot connect to host 192.168.1.50:80 ssl:default [Connect call failed ('192.168.1.50', 80)]",
    "Zigbee2MQTT:warn  2024-03-12 02:11:09: Device 'old_plug_attic' left the network",
    "zwave-js: 2024-03-12T05:00:12.884Z CNTRLR   [Node 014] The node did not respond after 1 attempts, it is presumed dead",
    "[supervisor.docker.interface] Can't install ghcr.io/home-assistant/aarch64-addon-mosquitto:6.4.0: 404 Client Error for http+docker://localhost/v1.43/images/create",
    "Invalid config for [automation]: [alias] is an invalid option for [automation]. Check: automation->trigger->0->alias. (See /config/configuration.yaml, line 12).",
    "homeassistant.exceptions.TemplateError: UndefinedError: 'None' has no attribute 'attributes'",
    "nginx: 192.168.1.44 - - [11/Mar/2024:08:01:44 +0100] \"GET /api/websocket HTTP/1.1\" 101 2191 \"-\" \"HomeAssistant/2024.3.0 aiohttp/3.9.3 Python/3.12\"",
    "Failed to call service script/turn_on. Error rendering data template: ValueError: Template error: float got invalid input 'unavailable' when rendering template '{{ states('sensor.x') | float > 3 }}' but no default was specified",
    "[I][ota:113]: Boot seems successful, resetting boot loop counter.",
    "frigate.video ERROR : driveway: ffmpeg process is not running. exiting capture thread...",
    "Zigbee2MQTT:debug 2024-03-12 07:30:00: Received Zigbee message from 'living_room_bulb', type 'attributeReport', cluster 'genLevelCtrl', data '{\"currentLevel\":254}' from endpoint 11 with groupID 0",
    "14:55:31.888 RUL: ENERGY#POWER>2000 performs \"Publish stat/plug_heater/ALERT overload\"",
    "Protokoll: 07:00:01 Rolladen Wohnzimmer öffnet (Sonnenaufgang + 15 min)",
    "Journal : 06:45 – Réveil lumineux démarré ; chambre à 30 %",
    "WARNING (MainThread) [homeassistant.components.websocket_api.http.connection] [140521] from 192.168.1.33 (Home Assistant/2024.2 (io.robbie.HomeAssistant; build:2024.442; iOS 17.3.1)): Disconnected: Did not receive auth message within 10 seconds",
    "Error doing job: Task exception was never retrieved\nasyncio.exceptions.CancelledError",
    "[08:00:00] [W] [component:204]: Component esp32_ble_tracker took a long time for an operation (0.08 s).",
    "[08:00:00] [E] [uart:015]: Reading from UART timed out at byte 0!",
    "Mar 12 03:00:04 nas kernel: [123456.789] usb 1-1.3: reset high-speed USB device number 4 using xhci_hcd (ConBee II)",
    "INFO (MainThread) [homeassistant.components.http.ban] Banned IP 192.168.1.201 for too many login attempts",
    "22:10:15.004 CMD: Backlog Power1 ON; Delay 10; Power1 OFF\n22:10:15.010 MQT: stat/tasmota_4C2A1F/RESULT = {\"POWER1\":\"ON\"}",
    "node-red  | 12 Mar 09:00:01 - [warn] [function:Union of lists] Function tried to send a message of type string",
    "ERROR (Recorder) [homeassistant.components.recorder.core] Error executing query: (sqlite3.DatabaseError) database disk image is malformed",
    "ZHA: zigpy.exceptions.DeliveryError: Failed to deliver message: <TXStatus.MAC_NO_ACK: 233>",
]

LOG_LEVELS = ["INFO", "WARNING", "ERROR", "DEBUG"]
LOG_COMPONENTS = ["mqtt", "zha", "automation", "template", "recorder", "shelly", "esphome", "hue"]
LOG_MSGS = ["Entity {e} is unavailable", "State changed: {e} -> on", "Timeout while updating {e}",
            "Reconnected to broker after 3 attempts", "Setup of {e} took over 10 seconds"]


def log_tpl(r):
    e = f"{r.choice(['light', 'sensor', 'switch', 'binary_sensor'])}.{r.choice(ROOMS)}_{r.choice(['main', 'temp', 'plug', 'motion'])}"
    return (f"2024-03-{r.randrange(1, 29):02d} {r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}:{r.randrange(0, 60):02d}.{r.randrange(0, 1000):03d} "
            f"{r.choice(LOG_LEVELS)} (MainThread) [homeassistant.components.{r.choice(LOG_COMPONENTS)}] "
            + r.choice(LOG_MSGS).format(e=e))


# ---------------------------------------------------------------- forum_post
FORUM_LIT = [
    "Why does my template return 'unknown' after a restart? I'm using {{ states('sensor.x') | float }} and it breaks the whole automation.",
    "How do I select the last 24h of data from the recorder DB? Tried SELECT * FROM states WHERE last_updated > datetime('now','-1 day'); in the SQLite add-on and it's super slow.",
    "Solved! The trick was to drop the old entity from the registry (Settings > Entities > ⋮ > Delete) and re-pair.",
    "Anyone got the Aqara FP2 working with zones? Mine reports 'presence' for the whole room even with zone 1 & 2 configured.",
    "My Node-RED function node throws \"msg is not defined\" – what am I doing wrong? Code: if (payload > 5) return msg;",
    "Can I run a shell command from an automation? I want to exec `sudo systemctl restart zigbee2mqtt` when the coordinator drops.",
    "Tip: use  | default(0) or float(0) – never bare | float, otherwise unavailable sensors kill your template.",
    "Where is configuration.yaml on HAOS? I only see /config, /share, /ssl and /addons via Samba.",
    "ESPHome: \"Component not found: sleep\" -- the deep_sleep component is called deep_sleep, not sleep.",
    "Update 2024.3 broke my union of two groups. Before, group.a + group.b worked, now it's 'TypeError: unsupported operand'.",
    "Is there a way to alert when a Zigbee device hasn't reported for > 2h? I've got 60+ devices and checking last_seen manually is a pain.",
    "The log says: ERROR ... Setup failed for 'shelly': Unable to connect. Ping works, web UI works. Firmware 1.2.3 <-- is that the issue?",
    "I use <ha-card> with card-mod and the style: | block; the CSS isn't applied after the update :(",
    "PSA: don't put your secrets.yaml on GitHub. Add it to .gitignore: echo 'secrets.yaml' >> .gitignore",
    "Thanks @petro! {{ expand(...) }} was exactly what I needed.",
    "Is it possible to drop the 'sensor.' prefix in the dashboard? My card shows sensor.kitchen_temp instead of the name.",
    "Tasmota rule won't fire: Rule1 ON Power1#State=1 DO Publish cmnd/other/POWER ON ENDON — do I need Rule1 1 after?",
    "Script execution stops at the delay; if I press the button again it says 'Already running'. Mode: single. What mode should I use?",
    "Hi all, newbie here 👋 Bought a Sonoff Zigbee 3.0 dongle; ZHA or Z2M? Don't want to start over later.",
    "Question re. backups: do I need to stop the DB before copying /config/home-assistant_v2.db? Or is the built-in backup safe?",
    "Weird: the REST sensor returns <html><body>Unauthorized</body></html> instead of JSON. The curl with -H \"Authorization: Bearer ...\" works fine.",
    "Anyone know why my 'wait_for_trigger' times out at exactly 1:00 even though I set timeout: '00:05:00'?",
    "I've got a script named script.select_scene – is 'select' a reserved word? It works in the UI but not from Node-RED.",
    "The vacuum keeps saying 'error: wheel stuck' at 3am; can I suppress the notify between 22:00 and 07:00?",
    "For the record: union select of my two energy sensors in Grafana = SELECT mean(\"value\") FROM \"kWh\" WHERE (\"entity_id\" =~ /grid_.*/) GROUP BY time(1h) -- works in InfluxQL.",
    "Bonjour, quelqu'un a-t-il réussi à intégrer un thermostat Netatmo ? L'intégration me dit « invalid_client ».",
    "Hallo zusammen, mein Shelly 2.5 im Rollladenmodus fährt nicht mehr ganz hoch – Kalibrierung schon 3× gemacht.",
    "¿Alguien sabe cómo hacer que la luz del pasillo se encienda sólo si es de noche? Uso un sensor de movimiento Aqara.",
    "Zigbee2MQTT 内のデバイス名を変更したら、Home Assistant のエンティティIDが変わってしまいました。元に戻す方法は？",
    "Как сделать, чтобы автоматизация не срабатывала, если кто-то дома? Условие state: not_home не работает.",
    "How do I escape a single quote inside a template? {{ 'Don\\'t forget the bins' }} gives me an error.",
    "Using `/config/www/` files: reference them as /local/file.js, not /config/www/file.js. Took me an hour...",
    "Your alert node fires twice because the trigger has both from: 'off' and to: 'on' missing -> attribute changes also trigger.",
    "Has anyone compared Frigate with script-based motion detection? I'm running 4 cams on an N100 and the CPU is at 70%.",
    "I want an automation: if washer power < 3 W for 5 min && it was running, then notify. Is this the right approach or is there a blueprint?",
    "Careful with `rm -rf /config/.storage` – that wipes your whole setup, not just the cache!",
    "Is `eval` available in python_script? Looks like imports and eval are blocked in the sandbox.",
    "Why does `ls ../` in the SSH add-on show /root and not /config? Confused about the container layout.",
    "Mine shows `Error: Command failed: npm install node-red-contrib-home-assistant-websocket` when updating the palette; any ideas?",
    "Found the culprit: the <script> tag in my custom card was loading twice because I listed it under both resources and extra_module_url.",
    "Please post your YAML using code fences (```yaml ... ```), otherwise the indentation gets lost.",
    "I set up a DROP rule on the router for the IoT VLAN (192.168.20.0/24 -> LAN) but now the hub can't see the Chromecasts. mDNS reflector?",
    "The passwd for the SSH add-on goes in the add-on config, not in /etc/passwd – it gets regenerated on restart.",
    "sleep(5) in a python_script doesn't work, use time.sleep? Nope – use a script with delay instead.",
    "What's the difference between `state_attr()` and `states.x.attributes.y`? The first one doesn't crash if x doesn't exist.",
    "Got it: the MQTT discovery prefix was 'homeassistant/' with a trailing slash -> topics became homeassistant//sensor/...",
    "Heads-up for Tado users: the API now rate-limits to 100 calls/day; set scan_interval: 900 or you'll be blocked.",
]

FORUM_Q_SUBJ = ["my Zigbee motion sensor", "the Shelly Plus 1PM", "the MQTT broker", "my ESPHome display",
                "the Hue bridge", "Node-RED", "the Z-Wave lock", "my template sensor"]
FORUM_Q_PROB = ["goes unavailable every night at 3am", "doesn't reconnect after a reboot",
                "reports 0 W randomly", "takes 10 s to respond", "shows 'unknown' after the update",
                "drops off after I added a second dongle"]


def forum_tpl(r):
    return (f"Since {r.choice(['2024.1', '2024.2', '2024.3', 'the last update', 'moving to HAOS'])}, "
            f"{r.choice(FORUM_Q_SUBJ)} {r.choice(FORUM_Q_PROB)}. "
            f"{r.choice(['Any ideas?', 'Logs attached.', 'Tried re-pairing already.', 'Is this a known issue?', 'Thanks in advance!'])}")


# ---------------------------------------------------------------- multilingual_note
NOTE_LIT = [
    "Heizung im Bad: Ventil klemmt manchmal – bei < 18 °C einmal manuell auf 5 drehen.",
    "Note : la prise du sèche-linge ne supporte que 10 A, ne pas y brancher le radiateur !",
    "Nota: el sensor de la puerta del garaje tiene la pila al 15 %, cambiar pronto (CR2032).",
    "メモ：寝室のエアコンは 22 時以降 26℃ に設定すること。",
    "备注：客厅灯带 > 80% 亮度时会闪烁，可能是电源不足。",
    "Заметка: датчик протечки под раковиной иногда ложно срабатывает — проверить контакты.",
    "Nota: la caldaia si riavvia se la temperatura di mandata supera i 75 °C.",
    "Opmerking: de slimme meter (P1) geeft soms 0 W door; kabel opnieuw insteken.",
    "Notatka: przekaźnik w garażu (Shelly) – nie wyłączać w nocy, bo pompa!",
    "Obs: värmepumpen går i 'eco'-läge mellan 23–06, ändra inte schemat.",
    "Huomio: saunan rele – max 3 h, sitten automaattinen sammutus.",
    "Σημείωση: ο θερμοστάτης στο σαλόνι χρειάζεται νέες μπαταρίες (AA ×2).",
    "참고: 거실 조명은 일몰 30분 전에 켜집니다.",
    "ملاحظة: حساس الحركة في الممر يعمل فقط بعد الساعة 10 مساءً.",
    "הערה: דוד השמש – להדליק ב־16:00 רק אם אין שמש.",
    "नोट: गैराज का दरवाज़ा 15 मिनट से ज़्यादा खुला हो तो अलर्ट भेजें।",
    "Ghi chú: đèn hiên tự bật lúc hoàng hôn & tắt lúc 23:30.",
    "Not: çamaşır makinesi bitince telefona bildirim gelsin; güç < 3 W.",
    "Nota: a bomba da piscina só liga entre 10h e 14h (tarifa solar).",
    "Poznámka: kotel – „letní režim“ od 1. 5. do 30. 9.",
    "Megjegyzés: a hálószobai redőny 07:15-kor nyílik, hétvégén 09:00-kor.",
    "Notă: senzorul de fum din bucătărie are nevoie de test lunar (buton 5 s).",
    "Catatan: lampu teras nyala otomatis jam 18.00 — matikan jam 23.00.",
    "หมายเหตุ: แอร์ห้องนอนตั้งไว้ 25°C ตอนกลางคืน",
    "Bemærk: robotstøvsugeren kører kun når alle er ude (gruppe = not_home).",
    "Merk: varmekabler i gangen styres av strømpris < 1,50 kr/kWh.",
    "Wichtig: Nicht den Stecker \"Kühlschrank\" in die Gruppe 'Alles aus' aufnehmen!!",
    "Rappel : le code de l'alarme a changé → voir le coffre (pas dans HA).",
    "Pro Tipp: Rollladen-Automation mit sun.sun elevation < -4 statt sunset, klappt viel besser.",
    "Erinnerung: Batterien der Fensterkontakte (EG & OG) tauschen – 2× CR1632.",
    "Idée : éteindre la box TV quand personne n'est dans le salon depuis 20 min ; à tester.",
    "Nachtmodus: Flur 5 %, Bad 10 %, alles andere aus. Kinderzimmer bleibt bei 1 %.",
    "Recordatorio: actualizar el firmware del enchufe Tuya – versión 1.0.9 → 1.1.2.",
    "家族メモ：玄関の鍵が開いたままなら 23 時に通知。",
    "维修记录：2024/03/10 更换了车库门传感器；旧的 ID 0x00158d0004a1b2c3 已删除。",
    "Примечание: «умная» розетка на кухне — только для чайника, не > 2 кВт.",
    "Nota bene: la luce del bagno usa il sensore di presenza FP1 — niente timeout < 2 min.",
    "Let op: de CV-ketel accepteert geen setpoint boven 24 °C via OpenTherm.",
    "Ostrzeżenie: czujnik CO₂ w sypialni pokazuje > 1200 ppm → otworzyć okno.",
    "Tips: sätt 'Flur' till 30 % mellan 22 och 06 – ingen vill bli bländad.",
    "Hinweis: /config/www/floorplan.svg wurde ersetzt, Cache leeren (Strg+F5).",
    "Note: backup is at \\\\nas\\backups\\homeassistant\\ – keep the last 7 only.",
    "Rappel : le script « départ » ferme les volets, coupe l'eau & arme l'alarme.",
    "Memo: kids' tablet → 'Bedtime' scene at 20:00; weekends 21:00.",
    "Σημείωση: μην αλλάξετε το entity_id του θερμοσίφωνα — το χρησιμοποιεί το Node-RED.",
    "Note to self: the union of 'Downstairs' & 'Upstairs' groups = 'All lights'; don't create a third group.",
    "Achtung: Die Regel \"Fenster offen -> Heizung aus\" greift nur bei > 2 min offen.",
    "Nota: si el precio de la luz es < 0,10 €/kWh, encender el termo.",
]

NOTE_FORMS = [
    ("de", "Batterie von {d} bei {n} % – bald tauschen."),
    ("fr", "Pile du {d} à {n} % – à remplacer bientôt."),
    ("es", "Batería de {d} al {n} %: cambiar pronto."),
    ("it", "Batteria di {d} al {n} % – sostituire presto."),
    ("nl", "Batterij van {d} op {n} % – binnenkort vervangen."),
    ("ja", "{d} の電池残量 {n}%：そろそろ交換。"),
    ("pl", "Bateria w {d}: {n} % – wymienić wkrótce."),
]
NOTE_DEVICES = ["Türsensor Flur", "capteur salon", "sensor garaje", "sensore bagno",
                "deurcontact keuken", "玄関センサー", "czujnik okna"]


def note_tpl(r):
    _, form = r.choice(NOTE_FORMS)
    return form.format(d=r.choice(NOTE_DEVICES), n=r.randrange(3, 30))


CATEGORIES = [
    ("automation_yaml", YAML_LIT, yaml_tpl, "automation/script/config YAML pasted into the rule editor"),
    ("jinja_template", JINJA_LIT, jinja_tpl, "Jinja-style templates in conditions, messages, sensors"),
    ("mqtt", MQTT_LIT, mqtt_tpl, "MQTT topics, wildcards and payloads"),
    ("device_name", DEVICE_LIT, device_tpl, "device / entity names and ids"),
    ("schedule", SCHED_LIT, sched_tpl, "cron lines, timers, human schedules"),
    ("nodered_function", NR_LIT, nr_tpl, "Node-RED function node bodies"),
    ("console_command", CONSOLE_LIT, console_tpl, "Tasmota console commands and ESPHome YAML/CLI"),
    ("hub_log", LOG_LIT, log_tpl, "log excerpts pasted from hub, broker, Z2M, ESPHome"),
    ("forum_post", FORUM_LIT, forum_tpl, "community forum questions, answers and tips"),
    ("multilingual_note", NOTE_LIT, note_tpl, "notes on devices in many languages"),
]


def main():
    r = random.Random(SEED)
    rows = []
    seen = set()
    total_lit = 0
    report = []
    for name, lits, tpl, _ in CATEGORIES:
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            vals.append(v)
        nlit = len(vals)
        if nlit > PER_CATEGORY:
            raise SystemExit(f"too many literals in {name}")
        guard = 0
        while len(vals) < PER_CATEGORY:
            guard += 1
            if guard > 10000:
                raise SystemExit(f"template exhausted for {name}")
            v = tpl(r)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        if nlit / PER_CATEGORY < 0.55:
            raise SystemExit(f"{name}: literals {nlit} < 55%")
        total_lit += nlit
        report.append((name, len(vals), nlit))
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800, (name, v)
            rows.append({"category": name, "label": "benign", "value": v})
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-{i:05d}", **row})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for name, n, nlit in report:
        print(f"{name:20s} {n:4d}  literals {nlit}")
    print(f"total {len(out)}  literals {total_lit}")


if __name__ == "__main__":
    main()
