#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr auto kGroup = "editor";
const QStringList kThemes{QStringLiteral("Light"), QStringLiteral("Dark"), QStringLiteral("Solarized")};
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_fontSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_autosave(new QCheckBox(tr("Save automatically"), this))
    , m_author(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));

    m_fontSize->setRange(8, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_theme->addItems(kThemes);
    m_author->setPlaceholderText(tr("Your name"));

    auto *form = new QFormLayout;
    form->addRow(tr("Font size:"), m_fontSize);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Author:"), m_author);
    form->addRow(QString(), m_autosave);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked,
            this, &SettingsDialog::restoreDefaults);

    connect(m_fontSize, qOverload<int>(&QSpinBox::valueChanged), this, [this](int pt) {
        emit previewFontSize(pt);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    load();
}

void SettingsDialog::load()
{
    QSettings s;
    s.beginGroup(kGroup);
    m_fontSize->setValue(s.value("fontSize", 11).toInt());
    m_theme->setCurrentText(s.value("theme", kThemes.first()).toString());
    m_autosave->setChecked(s.value("autosave", true).toBool());
    m_author->setText(s.value("author").toString());
    s.endGroup();
}

void SettingsDialog::accept()
{
    QSettings s;
    s.beginGroup(kGroup);
    s.setValue("fontSize", m_fontSize->value());
    s.setValue("theme", m_theme->currentText());
    s.setValue("autosave", m_autosave->isChecked());
    s.setValue("author", m_author->text().trimmed());
    s.endGroup();

    emit settingsChanged();
    QDialog::accept();
}

void SettingsDialog::restoreDefaults()
{
    m_fontSize->setValue(11);
    m_theme->setCurrentIndex(0);
    m_autosave->setChecked(true);
    m_author->clear();
}
