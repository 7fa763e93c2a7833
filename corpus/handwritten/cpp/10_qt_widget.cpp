#include "mainwindow.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QMessageBox>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new QTextEdit(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *openBtn = new QPushButton(tr("&Open..."), central);

    layout->addWidget(openBtn);
    layout->addWidget(m_editor);
    setCentralWidget(central);
    setWindowTitle(tr("Notes"));
    resize(720, 480);

    connect(openBtn, &QPushButton::clicked, this, &MainWindow::openFile);
    connect(m_editor, &QTextEdit::textChanged, this, [this] {
        statusBar()->showMessage(tr("%n character(s)", nullptr, m_editor->toPlainText().size()));
    });
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open note"), QString(), tr("Text (*.txt *.md)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Error"), tr("Cannot open %1").arg(path));
        return;
    }
    m_editor->setPlainText(QString::fromUtf8(f.readAll()));
}

void MainWindow::saveFile()
{
    if (m_currentPath.isEmpty()) {
        saveFileAs();
        return;
    }
    writeTo(m_currentPath);
}

void MainWindow::saveFileAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save note"), m_currentPath, tr("Markdown (*.md);;Text (*.txt)"));
    if (!path.isEmpty())
        writeTo(path);
}

bool MainWindow::writeTo(const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Error"), tr("Cannot write %1:\n%2").arg(path, f.errorString()));
        return false;
    }
    f.write(m_editor->toPlainText().toUtf8());
    if (!f.commit()) {
        QMessageBox::warning(this, tr("Error"), tr("Saving %1 failed").arg(path));
        return false;
    }
    m_currentPath = path;
    m_editor->document()->setModified(false);
    addRecentFile(path);
    setWindowTitle(tr("%1 – Notes").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Saved"), 2000);
    return true;
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu(recent);
}

void MainWindow::rebuildRecentMenu(const QStringList &recent)
{
    m_recentMenu->clear();
    for (const QString &p : recent) {
        QAction *act = m_recentMenu->addAction(QFileInfo(p).fileName());
        act->setToolTip(p);
        connect(act, &QAction::triggered, this, [this, p] { loadFile(p); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->document()->isModified()) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save changes before closing?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) {
        event->ignore();
    } else if (answer == QMessageBox::Save && !writeTo(m_currentPath.isEmpty() ? QStringLiteral("untitled.md") : m_currentPath)) {
        event->ignore();
    } else {
        event->accept();
    }
}
