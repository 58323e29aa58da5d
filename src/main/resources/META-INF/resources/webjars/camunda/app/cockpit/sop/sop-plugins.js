// Cockpit plugins of SOP Flow: how long each SOP and step takes against its standard.
// They read SOP Flow's own API (/api/timing, /api/maladministration) with the Cockpit login.
import {apiRoot, date, element, failure, getJson, postJson, table} from '../../sop/sop-ui.js';

const WORKING_DAY_SECONDS = 7.5 * 3600;

/** Working seconds as an SOP table writes them: 1 hari 2 jam 30 menit. */
function duration(seconds) {
  if (seconds === null || seconds === undefined) {
    return '–';
  }
  const days = Math.floor(seconds / WORKING_DAY_SECONDS);
  const rest = seconds - days * WORKING_DAY_SECONDS;
  const hours = Math.floor(rest / 3600);
  const minutes = Math.round((rest - hours * 3600) / 60);
  const parts = [];
  if (days) parts.push(days + ' hari');
  if (hours) parts.push(hours + ' jam');
  if (minutes || !parts.length) parts.push(minutes + ' menit');
  return parts.join(' ');
}

function percent(rate) {
  return rate === null || rate === undefined ? '–' : Math.round(rate * 100) + '%';
}

function time(instant) {
  return instant ? new Date(instant).toLocaleString('id-ID', {timeZone: 'Asia/Jakarta'}) + ' WIB' : '–';
}

const STYLE = `
.sop-timing-overlay { font-size: 11px; padding: 2px 4px; border-radius: 3px; white-space: nowrap; color: #111; }
.sop-timing-hijau { background: #b7e4c7; border: 1px solid #2d6a4f; }
.sop-timing-kuning { background: #ffe8a3; border: 1px solid #b08900; }
.sop-timing-merah { background: #f5b5b5; border: 1px solid #9b2226; }
.djs-element.sop-merah .djs-visual > :first-child { stroke: #9b2226 !important; stroke-width: 3px !important; }
.djs-element.sop-kuning .djs-visual > :first-child { stroke: #b08900 !important; stroke-width: 3px !important; }
.djs-element.sop-hijau .djs-visual > :first-child { stroke: #2d6a4f !important; stroke-width: 3px !important; }
.sop-panel h4 { margin-top: 1em; }
`;

function addStyle() {
  if (!document.getElementById('sop-plugin-style')) {
    document.head.append(element('style', {id: 'sop-plugin-style'}, [STYLE]));
  }
}

/** The SOP key and version from a process definition id (key:version:uuid). */
function definition(processDefinitionId) {
  const parts = processDefinitionId.split(':');
  return {key: parts[0], version: parts[1]};
}

const diagramOverlay = {
  id: 'sop-timing-overlay',
  pluginPoint: 'cockpit.processDefinition.diagram.plugin',
  priority: 10,
  render: async (viewer, {processDefinitionId}) => {
    addStyle();
    const {key, version} = definition(processDefinitionId);
    try {
      const timing = await getJson('/api/timing/' + encodeURIComponent(key) + '?version=' + version);
      const overlays = viewer.get('overlays');
      const canvas = viewer.get('canvas');
      timing.steps.filter(step => step.status).forEach(step => {
        canvas.addMarker(step.activityId, 'sop-' + step.status);
        overlays.add(step.activityId, 'sop-timing', {
          position: {bottom: -4, left: 0},
          html: element('div', {
            class: 'sop-timing-overlay sop-timing-' + step.status,
            'data-activity': step.activityId,
            'data-status': step.status,
            title: 'Median ' + duration(step.medianSeconds) + ', p90 ' + duration(step.p90Seconds)
              + ', standar ' + duration(step.standardSeconds) + ' (' + step.completed + ' selesai)'
          }, ['med ' + duration(step.medianSeconds) + ' · p90 ' + duration(step.p90Seconds)
              + ' / std ' + duration(step.standardSeconds)])
        });
      });
    } catch (error) {
      console.warn('SOP timing overlay', error);
    }
  }
};

const dashboard = {
  id: 'sop-timing-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  properties: {label: 'Kinerja SOP'},
  render: async (node) => {
    node.replaceChildren(element('p', {}, ['Memuat data SOP…']));
    try {
      const [timing, events, skm, followUps, calendar] = await Promise.all([getJson('/api/timing'),
        getJson('/api/maladministration?size=10'), getJson('/api/skm'), getJson('/api/tindak-lanjut?status=terbuka'),
        getJson('/api/kalender')]);
      const sopRows = timing.sops.map(sop => [sop.name + ' (' + sop.key + ')', sop.started, sop.completed, sop.running,
        duration(sop.medianSeconds), duration(sop.p90Seconds), duration(sop.serviceStandardSeconds),
        percent(sop.onTimeRate), sop.openOverdue,
        Object.entries(sop.eventsByCategory).map(([category, count]) =>
          (events.categoryLabels[category] || category) + ': ' + count).join(', ') || '–']);
      const eventRows = events.events.map(event => [time(event.occurredAt), event.categoryLabel, event.ruleLabel,
        event.processDefinitionKey, event.activityName || '–',
        element('a', {href: '#/process-instance/' + event.processInstanceId + '/runtime'}, [event.processInstanceId])]);
      node.replaceChildren(element('div', {class: 'sop-panel sop-dashboard'}, [
        calendarWarning(calendar),
        element('h4', {}, ['Kinerja SOP (' + time(timing.from) + ' – ' + time(timing.to) + ')']),
        table(['SOP', 'Dimulai', 'Selesai', 'Berjalan', 'Median', 'P90', 'Standar', 'Tepat waktu', 'Terlambat',
          'Maladministrasi'], sopRows, 'sop-timing-table'),
        trendChart(timing.sops),
        satisfaction(skm),
        openFollowUps(followUps),
        element('h4', {}, ['Catatan maladministrasi terbaru']),
        table(['Waktu', 'Kategori', 'Aturan', 'SOP', 'Langkah', 'Instans'], eventRows, 'sop-events-table')
      ]));
    } catch (error) {
      failure(node, error);
    }
  }
};

/**
 * The 12-month trend of one SOP at a time, chosen in a list (the busiest first): the server draws it
 * as SVG (/api/timing/{key}/trend.svg), so Cockpit loads no chart library and the register prints the same.
 */
function trendChart(sops) {
  if (!sops.length) {
    return element('p', {}, ['Belum ada SOP.']);
  }
  const ordered = [...sops].sort((a, b) => b.started - a.started);
  const image = element('img', {class: 'sop-trend-chart', alt: 'Tren 12 bulan', width: 560, height: 230});
  const choice = element('select', {class: 'sop-trend-select form-control', 'aria-label': 'SOP'},
    ordered.map(sop => element('option', {value: sop.key}, [sop.name])));
  const show = () => image.setAttribute('src', apiRoot() + '/api/timing/' + encodeURIComponent(choice.value) + '/trend.svg');
  choice.addEventListener('change', show);
  show();
  return element('div', {class: 'sop-trend'}, [
    element('h4', {}, ['Tren 12 bulan: langkah tepat waktu dan median waktu langkah terhadap standar']),
    choice, image]);
}

/** A year ahead without holiday file: its holidays count as working days until an admin adds them. */
function calendarWarning(calendar) {
  return calendar.tahunTanpaHariLibur.length
    ? element('div', {class: 'alert alert-warning sop-calendar-warning'}, [calendar.peringatan + '.'])
    : element('span', {}, []);
}

/** The follow-ups still to be carried out (/api/tindak-lanjut), the overdue first. */
function openFollowUps(followUps) {
  const ordered = [...followUps].sort((a, b) => (b.terlambat - a.terlambat) || a.tenggat.localeCompare(b.tenggat));
  const rows = ordered.map(followUp => [followUp.sumber.label + (followUp.sumber.ref ? ' (' + followUp.sumber.ref + ')' : ''),
    followUp.sumber.sop || followUp.sumber.layanan, followUp.tindakan, followUp.penanggungJawab, followUp.tenggat,
    followUp.status + (followUp.terlambat ? ', terlambat' : '')]);
  return element('div', {class: 'sop-follow-ups'}, [
    element('h4', {}, ['Tindak lanjut yang masih terbuka']),
    rows.length ? table(['Sumber', 'SOP / layanan', 'Tindakan', 'Penanggung jawab', 'Tenggat', 'Status'], rows,
      'sop-follow-up-table') : element('p', {}, ['Tidak ada tindak lanjut yang terbuka.'])]);
}

/** The Survei Kepuasan Masyarakat of the semester: IKM and mutu per service, and the office's nine unsur. */
function satisfaction(skm) {
  const score = s => s.ikmUnit === null || s.ikmUnit === undefined ? '–' : s.ikmUnit.toFixed(2);
  const rows = skm.services.map(service => [service.nama, service.score.respondents,
    service.minimumSample + ' (' + service.served + ')', score(service.score), service.score.mutu || '–',
    service.score.kinerja || '–', service.lowestUnsur || '–', percent(service.onTimeRate)]);
  rows.push(['Seluruh layanan', skm.office.respondents, '', score(skm.office), skm.office.mutu || '–',
    skm.office.kinerja || '–', '', '']);
  return element('div', {class: 'sop-skm'}, [
    element('h4', {}, ['Survei Kepuasan Masyarakat (' + time(skm.from) + ' – ' + time(skm.to) + ')']),
    table(['Layanan', 'Responden', 'Sampel minimum (dilayani)', 'IKM', 'Mutu', 'Kinerja', 'Unsur terendah',
      'Tepat waktu'], rows, 'sop-skm-table'),
    element('img', {class: 'sop-unsur-chart', alt: 'Nilai per unsur', width: 560, height: 250,
      src: apiRoot() + '/api/skm.svg'})]);
}

const instanceTab = {
  id: 'sop-instance-deadlines',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 20,
  properties: {label: 'Tenggat SOP'},
  render: async (node, {processInstanceId}) => {
    try {
      const [deadlines, events] = await Promise.all([
        getJson('/api/timing/instances/' + encodeURIComponent(processInstanceId)),
        getJson('/api/maladministration?processInstanceId=' + encodeURIComponent(processInstanceId))]);
      const taskRows = deadlines.openTasks.map(task => [task.activityId, task.role, time(task.createdAt),
        time(task.standardDeadline), task.overdue ? 'Terlambat' : 'Dalam tenggat',
        task.escalationLevel ? 'Tingkat ' + task.escalationLevel + ' (' + task.escalatedRole + ')' : '–']);
      const eventRows = events.events.map(event => [time(event.occurredAt), event.categoryLabel, event.ruleLabel,
        event.activityName || '–', event.detail || '']);
      node.replaceChildren(element('div', {class: 'sop-panel sop-instance'}, [
        element('p', {}, ['Batas waktu layanan: ' + time(deadlines.serviceDeadline)
          + (deadlines.extendedBy ? ' (diperpanjang oleh ' + deadlines.extendedBy + ')' : '')
          + (deadlines.serviceOverdue ? ' — terlambat' : '')
          + (deadlines.waitingSince ? '; menunggu pemohon sejak ' + time(deadlines.waitingSince)
            + ' (waktu tunggu tidak dihitung)' : '')]),
        table(['Langkah', 'Peran', 'Dibuat', 'Tenggat standar', 'Status', 'Eskalasi'], taskRows, 'sop-open-tasks'),
        element('h4', {}, ['Catatan maladministrasi']),
        table(['Waktu', 'Kategori', 'Aturan', 'Langkah', 'Keterangan'], eventRows, 'sop-instance-events')
      ]));
    } catch (error) {
      failure(node, error);
    }
  }
};

/** The running cases of earlier versions, each open step mapped onto the version in force; the admin moves chosen ones. */
async function movePanel(node, version) {
  let cases;
  try {
    cases = await getJson('/api/versi/' + encodeURIComponent(version.id) + '/kasus');
  } catch (error) {
    return; // only camunda-admin moves cases
  }
  const panel = element('div', {class: 'sop-pindah'}, [element('h4', {}, ['Kasus pada versi sebelumnya'])]);
  node.append(panel);
  if (!cases.length) {
    panel.append(element('p', {}, ['Tidak ada kasus yang berjalan pada versi sebelumnya.']));
    return;
  }
  const rows = cases.map(running => [
    running.dapatDipindah ? element('input', {type: 'checkbox', class: 'sop-pilih-kasus', value: running.processInstanceId,
      'aria-label': 'Pilih ' + (running.nomorRegister || running.processInstanceId)}) : '–',
    running.nomorRegister || running.processInstanceId, 'versi ' + running.versi,
    element('ul', {}, running.langkahTerbuka.map(step => element('li', {}, [step.nama
      + (step.dapatDipindah ? '' : ' — tidak dapat dipindah: ' + step.alasan)])))]);
  const result = element('p', {class: 'sop-hasil-pindah'}, []);
  const button = element('button', {class: 'btn btn-primary sop-pindahkan', type: 'button'},
    ['Pindahkan kasus terpilih ke ' + (version.revisi === null ? 'versi yang berlaku' : 'rev-' + version.revisi)]);
  button.addEventListener('click', async () => {
    const chosen = [...panel.querySelectorAll('.sop-pilih-kasus:checked')].map(box => box.value);
    if (!chosen.length) {
      result.textContent = 'Pilih kasus yang akan dipindahkan.';
      return;
    }
    try {
      const moved = await postJson('/api/versi/' + encodeURIComponent(version.id) + '/kasus/pindah',
        {processInstanceIds: chosen});
      result.textContent = moved.dipindahkan.length + ' kasus dipindahkan; tenggat langkah yang terbuka dihitung ulang.';
      moved.dipindahkan.forEach(id => panel.querySelector('.sop-pilih-kasus[value="' + id + '"]').closest('tr').remove());
    } catch (error) {
      result.textContent = 'Kasus tidak dipindahkan: ' + error.message;
    }
  });
  panel.append(element('p', {}, ['Langkah yang terbuka dipetakan menurut id-nya ke versi yang berlaku. Pemindahan'
    + ' dicatat di riwayat kasus, bukan sebagai maladministrasi.']),
    table(['', 'Nomor register', 'Versi', 'Langkah terbuka'], rows, 'sop-kasus-lama'), button, result);
}

const versionsTab = {
  id: 'sop-versions',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 15,
  properties: {label: 'Versi SOP'},
  render: async (node, {processDefinitionId}) => {
    addStyle();
    const {key} = definition(processDefinitionId);
    try {
      const versions = await getJson('/api/sops/' + encodeURIComponent(key) + '/versi');
      const rows = versions.map(version => [version.revisi === null ? 'draf' : 'rev-' + version.revisi,
        element('span', {class: 'sop-status', 'data-status': version.status}, [version.status]), version.nomor || '–',
        date(version.tanggalEfektif), version.disahkanOleh || '–',
        element('a', {href: apiRoot() + '/api/versi/' + encodeURIComponent(version.id) + '/document.pdf',
          target: '_blank'}, ['Dokumen'])]);
      node.replaceChildren(element('div', {class: 'sop-panel sop-versions'}, [versions.length
        ? table(['Revisi', 'Status', 'Nomor', 'Tanggal efektif', 'Disahkan oleh', ''], rows, 'sop-version-list')
        : element('p', {}, ['SOP ini belum disahkan: dijalankan sebagaimana dimodelkan.'])]));
      const inForce = versions.find(version => version.status === 'berlaku');
      if (inForce) {
        await movePanel(node.firstChild, inForce);
      }
    } catch (error) {
      failure(node, error);
    }
  }
};

/** One OPD's (or the city's) row of the city view. */
function cityRow(opd) {
  return [opd.nama, opd.sop + ' (' + opd.berlaku + ' berlaku, ' + opd.belumDisahkan + ' belum disahkan, ' + opd.draf
    + ' draf, ' + opd.perluDitinjau + ' perlu ditinjau)', opd.layananTanpaSop + ' dari ' + opd.layanan,
    opd.temuan + ' (' + opd.temuanDitindaklanjuti + ' ditindaklanjuti)', percent(opd.tepatWaktu),
    opd.ikm === null ? '–' : opd.ikm.toFixed(2).replace('.', ',') + ' (' + opd.mutu + ')', opd.responden];
}

/** The Bagian Organisasi's view of every perangkat daerah (/api/kota); nothing for anyone else. */
const cityDashboard = {
  id: 'sop-city-dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 30,
  properties: {label: 'SOP Perangkat Daerah'},
  render: async (node) => {
    try {
      const city = await getJson('/api/kota');
      node.replaceChildren(element('div', {class: 'sop-panel sop-city'}, [
        element('h4', {}, ['SOP perangkat daerah (' + date(city.dari) + ' – ' + date(city.sampai) + ')']),
        table(['Perangkat daerah', 'SOP', 'Layanan tanpa SOP', 'Temuan', 'Langkah tepat waktu', 'IKM', 'Responden'],
          [...city.opd.map(cityRow), cityRow(city.kota)], 'sop-city-table'),
        element('p', {}, [element('a', {href: apiRoot() + '/api/kota', target: '_blank'}, ['Halaman cetak']), ' · ',
          element('a', {href: apiRoot() + '/api/kota.pdf', target: '_blank'}, ['PDF'])])
      ]));
    } catch (error) {
      if (error.message.startsWith('403')) {
        node.replaceChildren();
        return;
      }
      failure(node, error);
    }
  }
};

export default [diagramOverlay, dashboard, cityDashboard, instanceTab, versionsTab];
